// Page object for "Projekt" (project settings).
import type { Locator, Page } from '@playwright/test';

export class ProjectPage {
  readonly heading: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Projekt', exact: true });
    this.saveButton = page.getByRole('button', { name: 'Zapisz ustawienia projektu' });
  }

  async goto(base = '') {
    await this.page.goto(`${base}/projekt`);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The message line under a field (error or "do uzupełnienia"). */
  message(label: string): Locator {
    return this.page.locator('.field').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.field-msg');
  }

  /** Types into a field and leaves it (validation runs on leaving). */
  async type(label: string, value: string) {
    await this.field(label).fill(value);
    await this.field(label).blur();
  }

  async save() {
    await this.saveButton.click();
  }
}
