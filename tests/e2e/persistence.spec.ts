import { test, expect } from './fixtures';
import { StatusPage, STATUS_TEXT } from './pages/status_page';

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
