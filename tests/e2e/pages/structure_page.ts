// Page object for "Struktura" (units, tasks, forms of support, staff).
import type { Locator, Page } from '@playwright/test';

export const SECTIONS = {
  units: 'Placówki i kluby',
  tasks: 'Zadania',
  forms: 'Formy wsparcia',
  staff: 'Kadra i wolontariusze',
} as const;

export class StructurePage {
  constructor(readonly page: Page) {}

  async goto(base = '') {
    await this.page.goto(`${base}/struktura`);
  }

  section(name: keyof typeof SECTIONS): Locator {
    return this.page.getByRole('region', { name: SECTIONS[name], exact: true });
  }

  /** The names in the first column of a section's active list, in order. */
  async names(name: keyof typeof SECTIONS): Promise<string[]> {
    return this.section(name).locator('table.list tbody tr td:first-child').allInnerTexts();
  }

  async addUnit(name: string, kind: string) {
    const s = this.section('units');
    await s.getByLabel('Nazwa placówki', { exact: true }).fill(name);
    await s.getByLabel('Rodzaj placówki').selectOption({ label: kind });
    await s.getByRole('button', { name: 'Dodaj placówkę' }).click();
  }

  async addForm(name: string, category: string, unit: string) {
    const s = this.section('forms');
    await s.getByLabel('Nazwa formy wsparcia', { exact: true }).fill(name);
    await s.getByLabel('Rodzaj aktywizacji').selectOption({ label: category });
    await s.getByLabel('Placówka').selectOption({ label: unit });
    await s.getByRole('button', { name: 'Dodaj formę wsparcia' }).click();
  }

  retire(section: keyof typeof SECTIONS, item: string): Locator {
    return this.section(section).getByRole('button', { name: `Wycofaj: ${item}` });
  }

  moveUp(section: keyof typeof SECTIONS, item: string): Locator {
    return this.section(section).getByRole('button', { name: `Przesuń w górę: ${item}` });
  }

  archived(section: keyof typeof SECTIONS): Locator {
    return this.section(section).locator('details.archived');
  }
}
