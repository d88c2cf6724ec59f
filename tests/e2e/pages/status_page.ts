// Page object for "Stan aplikacji".
import type { Locator, Page } from '@playwright/test';

export const STATUS_TEXT = {
  pl: {
    title: 'Stan aplikacji',
    offlineReady: 'Gotowa: aplikacja uruchomi się także bez połączenia z siecią.',
    persisted: 'Pamięć trwała',
    notPersisted: 'Pamięć nietrwała',
    granted: 'Przeglądarka przyznała pamięć trwałą.',
    denied: /^Przeglądarka odmówiła pamięci trwałej/,
  },
  en: {
    title: 'App status',
    offlineReady: 'Ready: the app will also start without a network connection.',
  },
};

export class StatusPage {
  readonly heading: Locator;
  readonly version: Locator;
  readonly storage: Locator;
  readonly offline: Locator;
  readonly persistButton: Locator;
  readonly persistResult: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.version = page.getByRole('region', { name: /^(Wersja|Version)$/ });
    this.storage = page.getByRole('region', { name: /^(Pamięć przeglądarki|Browser storage)$/ });
    this.offline = page.getByRole('region', { name: /^(Praca bez internetu|Working offline)$/ });
    this.persistButton = page.getByRole('button', { name: /^(Poproś o pamięć trwałą|Request persistent storage)$/ });
    this.persistResult = this.storage.getByRole('status');
  }

  async goto(base = '') {
    await this.page.goto(`${base}/stan`);
  }

  /** The build id shown in the version line, e.g. "abc1234" or "abc1234-next". */
  async buildId(): Promise<string> {
    const text = await this.version.innerText();
    const match = text.match(/\((?:kompilacja|build) ([^)]+)\)/);
    if (!match) throw new Error(`no build id in "${text}"`);
    return match[1];
  }

  async waitUntilOfflineReady() {
    await this.offline.getByText(STATUS_TEXT.pl.offlineReady).waitFor({ timeout: 20_000 });
  }
}
