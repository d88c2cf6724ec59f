import { test, expect } from './fixtures';
import { AppShell } from './pages/app_shell';
import { StatusPage, STATUS_TEXT } from './pages/status_page';

test('the release build loads in Polish: the first-run guide at the root, and the Status page', async ({ page }) => {
  const status = new StatusPage(page);
  const shell = new AppShell(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/start$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pierwsze uruchomienie: opisz projekt');
  await status.goto();
  await expect(status.heading).toHaveText(STATUS_TEXT.pl.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(status.version).toContainText(/Kartoteka \d+\.\d+\.\d+ \(kompilacja [^)]+\)/);
  await expect(status.storage).toContainText(/Zajęte miejsce: .+ z .+/);
  // The navigation lists only pages that exist: each link leads to a page, not "Nie ma takiej strony".
  const links = shell.navLinks();
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await links.nth(i).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Nie ma takiej strony');
  }
});

test('switching to English is remembered across a reload', async ({ page }) => {
  const status = new StatusPage(page);
  const shell = new AppShell(page);
  await status.goto();
  await expect(status.heading).toHaveText(STATUS_TEXT.pl.title);
  await shell.chooseLanguage('en');
  await expect(status.heading).toHaveText(STATUS_TEXT.en.title);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(status.heading).toHaveText(STATUS_TEXT.en.title);
  await expect(shell.languageSelect).toHaveValue('en');
  await shell.chooseLanguage('pl');
  await expect(status.heading).toHaveText(STATUS_TEXT.pl.title);
});

test('an unknown address shows a not-found page with a way back', async ({ page }) => {
  await page.goto('/nie-ma-takiego-adresu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie ma takiej strony');
  await page.getByRole('link', { name: 'Wróć do strony głównej' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pierwsze uruchomienie: opisz projekt');
});

test('the app is installable from Chromium (manifest, icons, service worker)', async ({ page, context }) => {
  const status = new StatusPage(page);
  await status.goto();
  await status.waitUntilOfflineReady();
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts are off-the-record, which alone blocks installing; every other
  // reason (missing icon, bad manifest, no service worker) would be listed here.
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(errors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  expect(JSON.parse(manifest.data ?? '{}').short_name).toBe('Kartoteka');
});
