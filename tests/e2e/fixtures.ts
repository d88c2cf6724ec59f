// Shared fixtures: every test fails on an uncaught page error (e.g. the externref-table crash a
// bad wasm-opt causes), on any Content-Security-Policy violation, and on any request that leaves
// the app's own origin.
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { startServer } from './server.mjs';

export const HOOKS_DIST = 'target/e2e/dist-hooks';

export type OwnServer = Awaited<ReturnType<typeof startServer>>;

/** The passphrase every profile created by the e2e set-up uses. */
export const TEST_PASSPHRASE = 'zielony rower nad wodą 7';

/** The lock screen's heading, in either language. */
export function lockHeading(page: Page) {
  return page.getByRole('heading', { level: 1, name: /^(Kartoteka jest zablokowana|Kartoteka is locked)$/ });
}

/** Unlocks the lock screen as the preselected (or named) profile. */
export async function unlock(page: Page, passphrase = TEST_PASSPHRASE, who?: string) {
  if (who) await page.getByLabel(/^(Osoba|Person)$/).selectOption({ label: who });
  await page.getByLabel(/^(Hasło|Passphrase)$/).fill(passphrase);
  await page.getByRole('button', { name: /^(Odblokuj|Unlock)$/ }).click();
  await lockHeading(page).waitFor({ state: 'hidden', timeout: 20_000 });
}

/**
 * Reloads and navigations lock an encrypted Kartoteka (keys live only in the page's memory):
 * whenever the lock screen shows up, it is unlocked with the test passphrase before the test's
 * next action or assertion. Tests of the lock itself remove the handler.
 */
export async function autoUnlock(page: Page) {
  await page.addLocatorHandler(lockHeading(page), async () => unlock(page), { noWaitAfter: true });
}

export async function noAutoUnlock(page: Page) {
  await page.removeLocatorHandler(lockHeading(page));
}

/**
 * Another laptop of the project: a fresh browser context (its own IndexedDB), its page watched
 * for page errors and third-party requests like the test's own, and unlocked after reloads.
 */
export async function anotherLaptop(browser: Browser) {
  const context = await browser.newContext();
  const errors: string[] = [];
  const page = await context.newPage();
  await autoUnlock(page);
  watchPage(page, errors);
  return { context, page, errors };
}

type Fixtures = {
  guard: void;
  /** A server of the test's own on a random port, which the test may stop or re-point. */
  ownServer: OwnServer;
  /** A server of the build with test hooks (target/e2e/dist-hooks). */
  hooksServer: OwnServer;
};

export function watchPage(page: Page, errors: string[]) {
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) errors.push(`page policy violation: ${msg.text()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') errors.push(`request to another origin: ${req.url()}`);
  });
}

export const test = base.extend<Fixtures>({
  guard: [
    async ({ context }, use) => {
      const errors: string[] = [];
      for (const page of context.pages()) {
        watchPage(page, errors);
        await autoUnlock(page);
      }
      context.on('page', (page) => {
        watchPage(page, errors);
        void autoUnlock(page);
      });
      await use();
      expect(errors, 'no page errors and no third-party requests').toEqual([]);
    },
    { auto: true },
  ],
  ownServer: async ({}, use) => {
    const server = await startServer({ root: 'dist' });
    await use(server);
    await server.close().catch(() => {});
  },
  hooksServer: async ({}, use) => {
    const server = await startServer({ root: HOOKS_DIST });
    await use(server);
    await server.close().catch(() => {});
  },
});

export { expect };
