import { test, expect } from './fixtures';
import { AppShell } from './pages/app_shell';
import { Hooks } from './pages/hooks';
import { StatusPage } from './pages/status_page';
import { launchRealChromium, newProfileDir, removeProfileDir } from './real_chromium';

const QUOTA_MESSAGE = /^Brak miejsca na dysku: niczego nie zapisano\./;

test('saved records survive a reload, and the header counts unexported changes', async ({ page, hooksServer }) => {
  const hooks = new Hooks(page);
  const shell = new AppShell(page);
  await page.goto(`${hooksServer.url}/stan`);
  await hooks.ready();
  await expect(shell.unexported).toHaveText('Wszystko wyeksportowane');
  await hooks.savePeople(3, 'Zofia');
  await expect(shell.notices.getByRole('status')).toHaveText(['Zapisano.']);
  await expect(shell.unexported).toHaveText('3 zmiany niewyeksportowane');
  const before = await hooks.stored();
  await page.reload();
  await hooks.ready();
  expect(await hooks.stored()).toBe(before);
  expect((await hooks.people()).sort()).toEqual(['Zofia0 Kowalska-0', 'Zofia1 Kowalska-1', 'Zofia2 Kowalska-2']);
  await expect(shell.unexported).toHaveText('3 zmiany niewyeksportowane');
  await expect(new StatusPage(page).page.getByText('Uczestnicy: 3, zajęcia: 0, obecności: 0')).toBeVisible();
});

test('a save in one tab appears in the other tab', async ({ context, hooksServer }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`${hooksServer.url}/stan`);
  await b.goto(`${hooksServer.url}/stan`);
  await new Hooks(a).ready();
  await new Hooks(b).ready();
  await new Hooks(a).savePeople(2, 'Tomasz');
  await expect.poll(async () => (await new Hooks(b).people()).sort()).toEqual(['Tomasz0 Kowalska-0', 'Tomasz1 Kowalska-1']);
  await expect(new AppShell(b).unexported).toHaveText('2 zmiany niewyeksportowane');
});

test('a full disk gives the Polish message, writes nothing, and reading and exporting keep working', async ({
  hooksServer,
}) => {
  // The quota override only bites on a real profile, not on Playwright's own contexts.
  const profile = newProfileDir();
  const chromium = await launchRealChromium(profile);
  try {
    const { page, context } = chromium;
    const hooks = new Hooks(page);
    const shell = new AppShell(page);
    // Chromium applies the override only if it is set before the origin first uses storage:
    // 2 MB fits the cached app shell (~1 MB) and a few records, not thousands more.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: hooksServer.url, quotaSize: 2_000_000 });
    await page.goto(`${hooksServer.url}/stan`);
    await hooks.ready();
    await hooks.savePeople(5, 'Przed');
    await expect(shell.unexported).toHaveText('5 zmian niewyeksportowanych');
    const before = await hooks.stored();

    const error = await hooks.savePeopleExpectingError(5000, 'Za-duzo');
    expect(error).toContain('quota');
    await expect(shell.notices.getByRole('alert')).toHaveText(QUOTA_MESSAGE);
    await expect(shell.unexported).toHaveText('5 zmian niewyeksportowanych');
    expect(await hooks.stored()).toBe(before);

    // Reading still works after a reload, with the quota still shrunk.
    await page.reload();
    await hooks.ready();
    expect(await hooks.stored()).toBe(before);
    expect((await hooks.people()).length).toBe(5);
  } finally {
    await chromium.close();
    removeProfileDir(profile);
  }
});

test('a schema upgrade in another tab makes this tab close its connection and ask to reload', async ({
  context,
  hooksServer,
}) => {
  const page = await context.newPage();
  await page.goto(`${hooksServer.url}/stan`);
  await new Hooks(page).ready();
  const other = await context.newPage();
  await other.goto(`${hooksServer.url}/nie-ma`);
  // A newer app version opening the database with a higher schema version.
  await other.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const req = indexedDB.open('kartoteka', 99);
        req.onsuccess = () => {
          req.result.close();
          done();
        };
        req.onerror = () => fail(req.error);
      }),
  );
  await expect(new AppShell(page).reloadBanner).toBeVisible();
  await expect(new AppShell(page).reloadBanner).toContainText('Odśwież tę stronę');
});

test('the first successful save asks for persistent storage and the Status page shows the answer', async ({
  page,
  context,
  hooksServer,
}) => {
  const hooks = new Hooks(page);
  await page.goto(`${hooksServer.url}/stan`);
  await hooks.ready();
  const cdp = await context.newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await cdp.send('Browser.grantPermissions', { permissions: ['durableStorage'], browserContextId: targetInfo.browserContextId });
  await hooks.savePeople(1, 'Pierwsza');
  await expect(page.getByText('Po pierwszym zapisie przeglądarka przyznała pamięć trwałą.')).toBeVisible();
  await expect(new StatusPage(page).storage).toContainText('Pamięć trwała:');
});

test('without persistence granted, the Status page says the request after the first save was refused', async ({
  page,
  hooksServer,
}) => {
  const hooks = new Hooks(page);
  await page.goto(`${hooksServer.url}/stan`);
  await hooks.ready();
  await hooks.savePeople(1, 'Pierwsza');
  await expect(page.getByText('Po pierwszym zapisie poproszono o pamięć trwałą, ale przeglądarka odmówiła.')).toBeVisible();
});

test('when IndexedDB cannot be opened the app says nothing would be saved', async ({ page }) => {
  // A blocked profile: opening any database is refused.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/stan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ta przeglądarka nie pozwala zapisywać danych');
  await expect(page.getByRole('alert')).toContainText('Nic, co tu wpiszesz, nie zostałoby zapisane');
  await expect(page.getByRole('button', { name: 'Spróbuj ponownie' })).toBeVisible();
});
