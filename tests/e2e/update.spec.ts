import { test, expect } from './fixtures';
import { AppShell } from './pages/app_shell';
import { StatusPage, STATUS_TEXT } from './pages/status_page';

// Two real builds: dist/ and target/e2e/dist-next (built by `make e2e-builds` with another build id).
const NEXT_BUILD = 'target/e2e/dist-next';

test('a new version deployed over the old one waits, is applied on click, and still starts offline', async ({
  page,
  context,
  ownServer,
}) => {
  const status = new StatusPage(page);
  const shell = new AppShell(page);
  await status.goto(ownServer.url);
  await status.waitUntilOfflineReady();
  const oldBuild = await status.buildId();
  await expect(shell.updateBanner).toBeHidden();

  ownServer.setRoot(NEXT_BUILD);
  await page.reload();
  // The old version keeps running until the user agrees.
  await expect(shell.updateBanner).toBeVisible({ timeout: 20_000 });
  expect(await status.buildId()).toBe(oldBuild);

  await shell.updateButton.click();
  await expect.poll(() => status.buildId(), { timeout: 20_000 }).toBe(`${oldBuild}-next`);
  await expect(shell.updateBanner).toBeHidden();
  await status.waitUntilOfflineReady();

  await ownServer.close();
  await context.setOffline(true);
  await page.reload();
  await expect(status.heading).toHaveText(STATUS_TEXT.pl.title);
  expect(await status.buildId()).toBe(`${oldBuild}-next`);
});
