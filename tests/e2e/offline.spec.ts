import { test, expect } from './fixtures';
import { AppShell } from './pages/app_shell';
import { StatusPage, STATUS_TEXT } from './pages/status_page';

test('after one online visit the app starts and works with the network gone', async ({ page, context, ownServer }) => {
  const status = new StatusPage(page);
  await status.goto(ownServer.url);
  await status.waitUntilOfflineReady();

  // Playwright's offline emulation does not cover the service worker's own requests,
  // so the server really goes away too.
  await ownServer.close();
  await context.setOffline(true);
  await page.reload();
  await expect(status.heading).toHaveText(STATUS_TEXT.pl.title);
  await expect(status.offline).toContainText(STATUS_TEXT.pl.offlineReady);

  // It works, not just renders: the language switch and a deep link still run.
  const shell = new AppShell(page);
  await shell.chooseLanguage('en');
  await expect(status.heading).toHaveText(STATUS_TEXT.en.title);
  await page.goto(`${ownServer.url}/stan`);
  await expect(status.heading).toHaveText(STATUS_TEXT.en.title);
});
