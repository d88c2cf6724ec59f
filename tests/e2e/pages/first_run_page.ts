// Page object for the first-run guide.
import type { Locator, Page } from '@playwright/test';

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

  /** Runs the guide with a template and the first person. */
  async createFromTemplate(name: RegExp, first = 'Ewa', last = 'Ślązak') {
    await this.chooseTemplate(name);
    await this.fillPerson(first, last);
    await this.createButton.click();
  }
}
