// Drives the repository through the test hooks of the e2e-hooks build (window.wasmBindings).
import type { Page } from '@playwright/test';

type Bindings = {
  e2e_save_person(name: string): Promise<string>;
  e2e_save_people(count: number, prefix: string): Promise<number>;
  e2e_people(): string[];
  e2e_stored(): Promise<string>;
  e2e_add_session(formName: string): Promise<string>;
  e2e_seed_participants(count: number): Promise<number>;
};

declare global {
  interface Window {
    wasmBindings: Bindings;
  }
}

export class Hooks {
  constructor(readonly page: Page) {}

  /** Waits until the app has opened its database. */
  async ready() {
    await this.page.waitForFunction(() => {
      try {
        return Array.isArray(window.wasmBindings?.e2e_people());
      } catch {
        return false;
      }
    });
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  savePeople(count: number, prefix: string): Promise<number> {
    return this.page.evaluate(([c, p]) => window.wasmBindings.e2e_save_people(c as number, p as string), [count, prefix]);
  }

  /** Resolves with the error message when the save is refused. */
  savePeopleExpectingError(count: number, prefix: string): Promise<string> {
    return this.page.evaluate(
      ([c, p]) =>
        window.wasmBindings.e2e_save_people(c as number, p as string).then(
          () => 'saved',
          (e) => String(e),
        ),
      [count, prefix],
    );
  }

  people(): Promise<string[]> {
    return this.page.evaluate(() => window.wasmBindings.e2e_people());
  }

  /** Records a session of the named form today (sessions have no screen yet). */
  addSession(formName: string): Promise<string> {
    return this.page.evaluate((name) => window.wasmBindings.e2e_add_session(name), formName);
  }

  /** Every record read fresh from IndexedDB, as canonical JSON. */
  stored(): Promise<string> {
    return this.page.evaluate(() => window.wasmBindings.e2e_stored());
  }

  /** Saves `count` people already "uczestnik" of the first unit (after recruitment). */
  seedParticipants(count: number): Promise<number> {
    return this.page.evaluate((n) => window.wasmBindings.e2e_seed_participants(n), count);
  }
}
