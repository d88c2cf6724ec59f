import { test, expect } from './fixtures';
import { StatusPage, STATUS_TEXT } from './pages/status_page';
import { setUpProject } from './setup';

test('a granted request for persistent storage is reported and shown', async ({ page, context }) => {
  const status = new StatusPage(page);
  await status.goto();
  await expect(status.storage).toContainText(STATUS_TEXT.pl.notPersisted);

  // Grant durableStorage to this page's own browser context (without the id the grant misses it).
  const cdp = await context.newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await cdp.send('Browser.grantPermissions', {
    permissions: ['durableStorage'],
    browserContextId: targetInfo.browserContextId,
  });

  await status.persistButton.click();
  await expect(status.persistResult).toHaveText(STATUS_TEXT.pl.granted);
  await expect(status.storage).toContainText(STATUS_TEXT.pl.persisted + ':');
  await page.reload();
  await expect(status.storage).toContainText(STATUS_TEXT.pl.persisted + ':');
});

test('a denied request for persistent storage says so and what to do', async ({ page }) => {
  const status = new StatusPage(page);
  await status.goto();
  await status.persistButton.click();
  await expect(status.persistResult).toHaveText(STATUS_TEXT.pl.denied);
  await expect(status.storage).toContainText(STATUS_TEXT.pl.notPersisted);
});

test('storage the browser emptied is reported, not taken for a new computer', async ({ page, ownServer }) => {
  // The project is set up on 2 November and worked on until the 20th.
  await page.clock.setFixedTime(new Date('2026-11-02T09:00:00+01:00'));
  await setUpProject(page, ownServer.url);
  await page.clock.setFixedTime(new Date('2026-11-20T09:00:00+01:00'));
  await page.reload();
  await expect(page.getByRole('link', { name: 'Uczestnicy' })).toBeVisible();
  // The browser deletes the origin's database behind the app's back (as it does when the disk
  // runs out of space, a person clears browsing data, or its store is damaged).
  const deleted = await page.evaluate(() => new Promise<string>((resolve) => {
    const request = indexedDB.deleteDatabase('kartoteka');
    request.onsuccess = () => resolve('deleted');
    request.onerror = () => resolve('error');
    request.onblocked = () => resolve('blocked');
  }));
  expect(deleted).toBe('deleted');
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Dane Kartoteki zniknęły z tej przeglądarki' })).toBeVisible();
  // Since the day this browser first held the data, not the last day it was opened.
  await expect(page.getByRole('alert').filter({ hasText: 'magazyn danych' })).toContainText(`Od 02.11.2026 ta przeglądarka przechowywała dane Kartoteki, a teraz jej magazyn danych jest pusty.`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Dołącz z pliku' })).toContainText('ostatni plik „Zamknij dzień”');
  // Nothing else opens until it has been read, and nothing claims the data was exported.
  await expect(page.getByText('Wszystko wyeksportowane')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Pierwsze uruchomienie: opisz projekt' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Rozumiem, przejdź dalej' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pierwsze uruchomienie: opisz projekt' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Dołącz z pliku/ })).toBeVisible();
  // Read once: the empty store is this browser's from now on.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Pierwsze uruchomienie: opisz projekt' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Dane Kartoteki zniknęły z tej przeglądarki' })).toHaveCount(0);
});
