// Page object for the first-run guide.
import type { Locator, Page } from '@playwright/test';
import { TEST_PASSPHRASE } from '../fixtures';

export class FirstRunPage {
  readonly heading: Locator;
  readonly why: Locator;
  readonly review: Locator;
  readonly createButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Pierwsze uruchomienie: opisz projekt' });
    this.why = page.getByText(/pozostałe strony otworzą się dopiero po utworzeniu projektu/);
    this.review = page.getByRole('region', { name: '3. Sprawdź i utwórz' });
    this.createButton = page.getByRole('button', { name: 'Utwórz projekt' });
  }

  async chooseTemplate(name: RegExp) {
    await this.page.getByRole('radio', { name }).check();
  }

  async chooseBlank() {
    await this.page.getByRole('radio', { name: /^Pusty projekt/ }).check();
  }

  async fillPerson(first: string, last: string) {
    await this.page.getByLabel('Imię', { exact: false }).first().fill(first);
    await this.page.getByLabel('Nazwisko', { exact: false }).first().fill(last);
  }

  /** The coordinator's passphrase, typed twice. */
  async fillPassphrase(passphrase = TEST_PASSPHRASE, repeat = passphrase) {
    await this.page.getByLabel('Hasło', { exact: true }).fill(passphrase);
    await this.page.getByLabel('Powtórz hasło', { exact: true }).fill(repeat);
  }

  /** Runs the guide with a template and the first person (the coordinator and its passphrase). */
  async createFromTemplate(name: RegExp, first = 'Ewa', last = 'Ślązak') {
    await this.chooseTemplate(name);
    await this.fillPerson(first, last);
    await this.fillPassphrase();
    await this.createButton.click();
  }
}
