// Page object for what every page shares: header, navigation, language switch, update banner.
import type { Locator, Page } from '@playwright/test';

export class AppShell {
  readonly languageSelect: Locator;
  readonly updateBanner: Locator;
  readonly updateButton: Locator;
  readonly nav: Locator;
  readonly unexported: Locator;
  readonly notices: Locator;
  readonly reloadBanner: Locator;

  constructor(readonly page: Page) {
    this.languageSelect = page.getByLabel(/^(Język|Language)$/);
    this.updateBanner = page.getByText(/^(Dostępna nowa wersja|A new version is available)$/);
    this.updateButton = page.getByRole('button', { name: /^(Zaktualizuj teraz|Update now)$/ });
    this.nav = page.getByRole('navigation', { name: /^(Menu główne|Main menu)$/ });
    this.unexported = page.getByTestId('unexported');
    this.notices = page.getByRole('region', { name: /^(Komunikaty|Messages)$/ });
    this.reloadBanner = page.getByRole('alert').filter({ hasText: 'w innej karcie' });
  }

  async chooseLanguage(tag: 'pl' | 'en') {
    await this.languageSelect.selectOption(tag);
  }

  navLinks() {
    return this.nav.getByRole('link');
  }
}
