// A shared laptop: the records are encrypted at rest, the app locks on demand and when idle,
// wrong passphrases slow down, profiles have roles, and a database from before profiles is
// encrypted in resumable batches.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, lockHeading, noAutoUnlock, unlock, TEST_PASSPHRASE } from './fixtures';
import { rawDump } from './dump';
import { Hooks } from './pages/hooks';
import { SessionForm } from './pages/sessions_page';
import { FirstRunPage } from './pages/first_run_page';
import { CAL, joinFromFile } from './setup';

const FIXTURE = 'tests/fixtures/indicators/bartoszyce.json';
const people: { first_name: string; last_name: string; pesel: string; phone: string }[] = JSON.parse(
  readFileSync(FIXTURE, 'utf8'),
).data.participants;
const VOLUNTEER_PASSPHRASE = 'wolontariat w czwartki 12';

function secretsOf(text: string) {
  const found: string[] = [];
  for (const p of people) {
    for (const secret of [p.last_name, p.pesel, p.phone]) if (text.includes(secret)) found.push(secret);
  }
  if (text.includes('disability')) found.push('disability');
  return found;
}

async function lockNow(page: Page) {
  await page.getByRole('button', { name: 'Zablokuj' }).click();
  await expect(lockHeading(page)).toBeVisible();
}

test('the store is encrypted at rest; locking drops every name from the page; a wrong passphrase is named', async ({ page, ownServer }) => {
  test.setTimeout(90_000);
  const base = ownServer.url;
  await joinFromFile(page, base, FIXTURE);
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();
  await noAutoUnlock(page);

  await lockNow(page);
  // Nothing personal is left in the page, and the database holds only ciphertext.
  expect(secretsOf(await page.content())).toEqual([]);
  const dump = await rawDump(page);
  expect(secretsOf(dump)).toEqual([]);
  expect(dump).not.toContain('Dorota');
  // The keyring is the one store in clear: the profile's name, its salt and wrapped key.
  expect(dump).toContain('Ewa Koordynatorka');
  expect(dump).toMatch(/iterations\\+":600000/);

  await page.getByLabel('Hasło', { exact: true }).fill('to nie jest moje hasło');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByText('Hasło jest nieprawidłowe. Sprawdź Caps Lock i układ klawiatury. Prób przed czasową blokadą: 4.')).toBeVisible();
  await expect(page.getByLabel('Hasło', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await unlock(page);
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();

  // A reload (or a closed tab) forgets the key too.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible();
  expect(secretsOf(await page.content())).toEqual([]);
  await unlock(page);
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();
});

test('“Zablokuj” in one tab locks every tab of the app', async ({ page, context, ownServer }) => {
  const base = ownServer.url;
  await joinFromFile(page, base, FIXTURE);
  const other = await context.newPage();
  await other.goto(`${base}/uczestnicy`);
  await expect(other.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();
  await noAutoUnlock(page);
  await noAutoUnlock(other);
  await lockNow(page);
  await expect(lockHeading(other)).toBeVisible();
  expect(secretsOf(await other.content())).toEqual([]);
});

test('the app locks itself after the idle time a coordinator set, and a key press counts as activity', async ({ page, ownServer }) => {
  test.setTimeout(90_000);
  const base = ownServer.url;
  await page.clock.install();
  await joinFromFile(page, base, FIXTURE);
  await noAutoUnlock(page);
  await page.goto(`${base}/kto-pracuje`);
  await unlock(page);
  await page.getByLabel('Blokada po bezczynności').selectOption({ label: '10 min' });
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano czas blokady po bezczynności.')).toBeVisible();
  await page.getByRole('link', { name: 'Uczestnicy' }).click();
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();

  await page.clock.fastForward('06:00');
  await page.keyboard.press('Shift');
  await page.clock.fastForward('06:00');
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();
  await page.clock.fastForward('04:30');
  await expect(lockHeading(page)).toBeVisible();
  expect(secretsOf(await page.content())).toEqual([]);
});

test('after five wrong passphrases each try waits longer, also across a reload', async ({ page, ownServer }) => {
  test.setTimeout(120_000);
  const base = ownServer.url;
  await page.clock.install();
  await joinFromFile(page, base, FIXTURE);
  await noAutoUnlock(page);
  await lockNow(page);
  const field = page.getByLabel('Hasło', { exact: true });
  for (const left of [4, 3, 2, 1]) {
    await field.fill('zupełnie złe hasło');
    await page.getByRole('button', { name: 'Odblokuj' }).click();
    await expect(page.getByText(`Prób przed czasową blokadą: ${left}.`)).toBeVisible();
  }
  await field.fill('zupełnie złe hasło');
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByText('Zbyt wiele błędnych haseł. Następną próbę można zrobić za 30 s.')).toBeVisible();
  // Even the right passphrase waits, after a reload too.
  await page.reload();
  await field.fill(TEST_PASSPHRASE);
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await expect(page.getByText(/^Zbyt wiele błędnych haseł\. Następną próbę można zrobić za \d+ s\.$/)).toBeVisible();
  await page.clock.fastForward('00:31');
  await unlock(page);
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toBeVisible();
});

test('a volunteer sees names, sessions and attendance only — not by menu, not by address', async ({ page, ownServer }) => {
  test.setTimeout(120_000);
  const base = ownServer.url;
  await joinFromFile(page, base, FIXTURE);
  const dorota = await page.getByRole('link', { name: 'Nowak Dorota' }).getAttribute('href');

  // The coordinator adds the volunteer's profile, confirming with her own passphrase.
  await page.getByRole('link', { name: 'Profile i hasła' }).click();
  const add = page.getByRole('region', { name: 'Dodaj profil' });
  await add.getByLabel('Osoba').selectOption({ label: 'Wiktor Wolontariusz (wolontariusz)' });
  await add.getByLabel('Hasło', { exact: true }).fill(VOLUNTEER_PASSPHRASE);
  await add.getByLabel('Powtórz hasło').fill(VOLUNTEER_PASSPHRASE);
  await add.getByLabel('Twoje hasło (koordynatora) — potwierdzenie').fill('nie to hasło wcale');
  await add.getByRole('button', { name: 'Dodaj profil' }).click();
  await expect(add.getByText(/^Hasło jest nieprawidłowe/)).toBeVisible();
  await add.getByLabel('Twoje hasło (koordynatora) — potwierdzenie').fill(TEST_PASSPHRASE);
  await add.getByRole('button', { name: 'Dodaj profil' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Dodano profil.', { exact: false })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Profile i hasła' })).toContainText('Wiktor Wolontariusz');

  // Switching person locks; the volunteer unlocks with his own passphrase.
  await noAutoUnlock(page);
  await page.getByRole('button', { name: 'Zmień osobę' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page, VOLUNTEER_PASSPHRASE, 'Wiktor Wolontariusz (wolontariusz)');
  await expect(page.getByText('Pracuje: Wiktor Wolontariusz')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
  for (const hidden of ['Wymiana danych', 'Projekt', 'Struktura', 'Wskaźniki', 'Profile i hasła']) {
    await expect(nav.getByRole('link', { name: hidden, exact: true })).toHaveCount(0);
  }
  await page.goto(`${base}/uczestnicy`);
  await unlock(page, VOLUNTEER_PASSPHRASE);
  await expect(page.getByText('Nowak Dorota')).toBeVisible();
  expect(await page.content()).not.toContain('80031502865');
  // No registering, and no filters over data the view does not hold.
  await expect(page.getByRole('link', { name: 'Dodaj uczestnika' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Nowak Dorota' })).toHaveCount(0);
  await expect(page.getByLabel('Przesłanki kwalifikowalności')).toHaveCount(0);
  await expect(page.getByLabel('brak wymaganych dokumentów')).toHaveCount(0);
  await expect(page.getByText('brak dokumentów')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('volunteer-list.png'), fullPage: true });
  // Searching by PESEL finds nobody: a volunteer searches names only.
  await page.getByLabel('Szukaj').fill('80031502865');
  await expect(page.getByText('Nowak Dorota')).toHaveCount(0);
  await page.getByLabel('Szukaj').fill('Nowak');
  await expect(page.getByText('Nowak Dorota')).toBeVisible();

  for (const path of [dorota!, `${dorota}/edycja`, '/uczestnicy/nowy', '/wymiana', '/projekt', '/struktura', '/wskazniki', '/kto-pracuje']) {
    await page.goto(`${base}${path}`);
    await unlock(page, VOLUNTEER_PASSPHRASE);
    await expect(page.getByRole('heading', { level: 1, name: 'Brak uprawnień' })).toBeVisible();
    expect(secretsOf(await page.content()).filter((s) => s.startsWith('8') || s.startsWith('6'))).toEqual([]);
  }
  // Sessions and attendance are his, with a name-only walk-in.
  await page.goto(`${base}/zajecia/nowe`);
  await unlock(page, VOLUNTEER_PASSPHRASE);
  const form = new SessionForm(page);
  await form.field('Data zajęć').fill('16.05.2022');
  await form.field('Forma wsparcia').selectOption({ label: 'zajęcia wspierające umiejętności społeczne' });
  await form.field('Godzina od').fill('10:00');
  await form.field('Godzina do').fill('11:00');
  await form.allPresent.check();
  await page.getByRole('button', { name: 'Dodaj osobę spoza rejestru' }).click();
  const walkIn = page.getByRole('group', { name: 'Osoba spoza rejestru 1' });
  await walkIn.getByLabel('Imię').fill('Jan');
  await walkIn.getByLabel('Nazwisko').fill('Przechodni');
  await form.save.click();
  await expect(page).toHaveURL(/\/dzis/);
  await page.getByRole('link', { name: 'Uczestnicy', exact: true }).click();
  await expect(page.getByText('Przechodni Jan')).toBeVisible();
});

test('a database from before profiles is encrypted in batches; an interrupted run loses nothing and resumes', async ({ page, hooksServer }) => {
  test.setTimeout(120_000);
  const base = hooksServer.url;
  const hooks = new Hooks(page);
  await page.goto(`${base}/stan`);
  await hooks.ready();
  await hooks.savePeople(450, 'Jawna');
  const kinds = () => page.evaluate(() => (window as any).wasmBindings.e2e_payload_kinds('participants') as Promise<string[]>);
  expect(new Set(await kinds())).toEqual(new Set(['bytes']));

  // Protecting fails after the first batch of 200 rows.
  await page.goto(`${base}/start`);
  await hooks.ready();
  await page.evaluate(() => (window as any).wasmBindings.e2e_arm_seal_fault('participants', 1));
  await new FirstRunPage(page).createFromTemplate(CAL);
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByRole('alert').first()).toBeVisible();
  const partial = await kinds();
  expect(partial.filter((k) => k === 'sealed').length).toBe(200);
  expect(partial.filter((k) => k === 'bytes').length).toBe(250);

  // The next unlock continues; everyone is still there, and nothing is left in clear.
  await noAutoUnlock(page);
  await page.goto(`${base}/stan`);
  await unlock(page);
  await hooks.ready();
  await expect.poll(async () => new Set(await kinds())).toEqual(new Set(['sealed']));
  expect((await hooks.people()).filter((n) => n.startsWith('Jawna')).length).toBe(450);
  const dump = await rawDump(page);
  expect(dump).not.toContain('Jawna');
  expect(dump).not.toContain('Kowalska-');
});
