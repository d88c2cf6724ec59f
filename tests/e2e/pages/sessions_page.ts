// Page objects for sessions: the day view, the session form and the printed lists.
import type { Locator, Page } from '@playwright/test';

export class DayView {
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.rows = page.locator('table.sessions tbody tr');
  }

  async goto(base = '', day?: string) {
    await this.page.goto(`${base}/dzis${day ? `?dzien=${day}` : ''}`);
  }

  /** The row of the session of `form` (its link text). */
  row(form: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: form, exact: true }) });
  }
}

export class SessionForm {
  readonly save: Locator;
  readonly allPresent: Locator;

  constructor(readonly page: Page) {
    this.save = page.getByRole('button', { name: 'Zapisz zajęcia' });
    this.allPresent = page.getByLabel('Wszyscy obecni');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The presence choice of a person on the list ("Nazwisko Imię"). */
  mark(person: string, presence: 'obecny' | 'nieobecny' | 'usprawiedliwiony'): Locator {
    return this.page.getByRole('group', { name: person, exact: true }).getByLabel(presence, { exact: true });
  }

  /** The names on the attendance list, in order. */
  names(): Promise<string[]> {
    return this.page.locator('.attendance-list legend').allInnerTexts();
  }
}
