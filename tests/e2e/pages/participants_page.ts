// Page objects for the participant registry: list, form and card.
import type { Locator, Page } from '@playwright/test';

export class ParticipantsList {
  readonly heading: Locator;
  readonly search: Locator;
  readonly count: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Uczestnicy', exact: true });
    this.search = page.getByLabel('Szukaj (imię, nazwisko, PESEL, miejscowość, telefon)');
    this.count = page.locator('p.count');
    this.addButton = page.getByRole('link', { name: 'Dodaj uczestnika' });
  }

  async goto(base = '') {
    await this.page.goto(`${base}/uczestnicy`);
  }

  /** The names in the visible rows. */
  names(): Promise<string[]> {
    return this.page.locator('.virtual tbody th[scope=row]').allInnerTexts();
  }
}

export class PersonForm {
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.saveButton = page.getByRole('button', { name: 'Zapisz', exact: true });
  }

  async goto(base = '') {
    await this.page.goto(`${base}/uczestnicy/nowy`);
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  message(label: string): Locator {
    return this.page.locator('.field').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.field-msg');
  }

  async fill(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      const field = this.field(label);
      if ((await field.evaluate((e) => e.tagName)) === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }

  /** Answers a special-situation question. */
  async answer(question: string, answer: 'Tak' | 'Nie' | 'Odmowa podania informacji') {
    await this.page.getByRole('radiogroup', { name: question }).getByLabel(answer, { exact: true }).check();
  }

  async documentDate(document: string, date: string) {
    await this.page.getByLabel(`Data: ${document}`, { exact: true }).fill(date);
  }

  async save() {
    await this.saveButton.click();
  }
}

export class PersonCard {
  readonly heading: Locator;
  readonly status: Locator;
  readonly missing: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('region', { name: 'Status rekrutacji' });
    this.missing = this.status.getByRole('alert');
  }

  step(status: string): Locator {
    return this.page.getByRole('button', { name: `Zmień status na: ${status}` });
  }

  async currentStatus(): Promise<string> {
    return (await this.status.locator('p').first().innerText()).replace('Obecny status: ', '');
  }
}
