// RODO on the participant card: the right of access (one person's data as a file) and erasure
// across two laptops — the erased person leaves nothing in laptop A's database, the erasure
// reaches laptop B without a conflict even though B edited the person meanwhile, and B's file
// cannot bring the data back to A.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, anotherLaptop } from './fixtures';
import { joinFromFile, joinFromSealed } from './setup';
import { chooseImportFile, decrypt, saveDownload } from './downloads';
import { rawDump } from './dump';

const FIXTURE = 'tests/fixtures/indicators/bartoszyce.json';

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  return (await saveDownload(page, click, name)).plain;
}

/** The JSON export, sealed, as it travels to the other laptop. */
async function exportJson(page: Page, base: string, name: string) {
  await page.goto(`${base}/wymiana`);
  return (await saveDownload(page, () => page.getByRole('button', { name: 'Pobierz JSON' }).click(), name)).sealed;
}

async function importFile(page: Page, base: string, path: string, outcome: RegExp) {
  await page.goto(`${base}/wymiana`);
  await chooseImportFile(page, path);
  const conflicts = page.locator('dl.counts div').filter({ has: page.locator('dt', { hasText: /^Konflikty$/ }) }).locator('dd');
  await expect(conflicts).toHaveText('0');
  await page.getByRole('button', { name: 'Zastosuj import' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText(outcome)).toBeVisible();
}

test('one person’s data as a file; erasure leaves nothing and no import brings it back', async ({ page, browser, ownServer }) => {
  test.setTimeout(90_000);
  const base = ownServer.url;
  await joinFromFile(page, base, FIXTURE);
  // Laptop B joins from A's (sealed) file, as a second laptop of the project would.
  const start = await exportJson(page, base, 'start.json');
  const { context: laptopB, page: b, errors: errorsB } = await anotherLaptop(browser);
  await joinFromSealed(b, base, start);

  // B records a document of Dorota Nowak's meanwhile.
  await b.getByRole('link', { name: 'Nowak Dorota' }).click();
  await b.getByRole('button', { name: 'Wpisz datę podpisania: kontrakt socjalny' }).click();
  await b.getByLabel('Data: kontrakt socjalny', { exact: true }).fill('01.03.2022');
  await b.getByRole('button', { name: 'Zapisz datę: kontrakt socjalny' }).click();
  await expect(b.getByText('✓ kontrakt socjalny: 01.03.2022')).toBeVisible();
  const older = await exportJson(b, base, 'b.json');

  // A: the right of access, then the erasure. Opening the card is logged, but is not a change
  // (the one change is the office key entered in the set-up).
  await page.goto(`${base}/uczestnicy`);
  await expect(page.getByTestId('unexported')).toHaveText('1 zmiana niewyeksportowana');
  await page.getByRole('link', { name: 'Nowak Dorota' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dorota Nowak' })).toBeVisible();
  await expect(page.getByTestId('unexported')).toHaveText('1 zmiana niewyeksportowana');
  const rodo = page.getByRole('region', { name: 'Prawa osoby (RODO)' });
  const access = await download(page, () => rodo.getByRole('button', { name: 'Eksportuj dane osoby' }).click(), 'dostep.json');
  const data = JSON.parse(readFileSync(access, 'utf8'));
  expect(data.osoba.last_name).toBe('Nowak');
  expect(data.zajecia.map((s: { obecnosc: string }) => s.obecnosc).sort()).toEqual(['nieobecny', 'usprawiedliwiony']);
  expect(data.historia_zmian.length).toBeGreaterThan(0);

  await rodo.getByRole('button', { name: 'Usuń dane osoby (RODO)' }).click();
  const erase = rodo.getByRole('button', { name: 'Usuń dane na zawsze' });
  await expect(erase).toBeDisabled();
  await rodo.getByLabel('Aby potwierdzić, wpisz nazwisko: Nowak').fill('Kowalska');
  await expect(erase).toBeDisabled();
  await rodo.getByLabel('Aby potwierdzić, wpisz nazwisko: Nowak').fill('nowak');
  await erase.click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Dane osoby zostały usunięte.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
  await expect(page.getByText('15 z 15')).toBeVisible();
  const dump = await rawDump(page);
  expect(dump).toContain('"journal"');
  for (const secret of ['Nowak', 'Dorota', '600 100 004']) expect(dump).not.toContain(secret);

  // The access log says who opened, exported and erased, and no longer names her.
  await page.goto(`${base}/stan`);
  const log = page.getByRole('region', { name: 'Dziennik dostępu' });
  await expect(log.getByRole('row').filter({ hasText: 'usunięto dane osoby (RODO)' })).toContainText('Ewa Koordynatorka');
  await expect(log.getByRole('row').filter({ hasText: 'wyeksportowano dane osoby (prawo dostępu)' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'otwarto kartę uczestnika' }).first()).toContainText('osoba usunięta');
  await expect(log).not.toContainText('Nowak');
  await expect(page.getByTestId('unexported')).not.toHaveText('Wszystko wyeksportowane');
  // The close-the-day file carries the log.
  await page.goto(`${base}/wymiana`);
  const zip = await download(page, () => page.getByRole('region', { name: 'Zamknij dzień' }).getByRole('button', { name: 'Zamknij dzień' }).click(), 'dzien.zip');
  const zipText = readFileSync(zip).toString('utf8');
  expect(zipText).toContain('dziennik.json');
  expect(zipText).toContain('"type": "erased"');

  // The erasure reaches B without a conflict, although B changed the person.
  const fromA = await exportJson(page, base, 'a.json');
  // Everything A knows, decrypted as the office would: the person is gone but for her id.
  const everything = readFileSync(decrypt(fromA, test.info().outputPath('a-plain.json')), 'utf8');
  expect(everything).toContain('00000000-0000-4000-8000-0000000003ec');
  for (const secret of ['Nowak', 'Dorota', '80031502865', '600 100 004']) expect(everything).not.toContain(secret);
  await importFile(b, base, fromA, /^Zaimportowano/);
  await b.goto(`${base}/uczestnicy`);
  await expect(b.getByText('15 z 15')).toBeVisible();
  await expect(b.getByRole('link', { name: 'Nowak Dorota' })).toHaveCount(0);
  const dumpB = await rawDump(b);
  for (const secret of ['Nowak', 'Dorota', 'kontrakt_socjalny']) expect(dumpB).not.toContain(secret);

  // B's file from before the erasure arrived (with B's edit) cannot bring her back to A.
  await importFile(page, base, older, /^Nic nowego/);
  await page.goto(`${base}/uczestnicy`);
  await expect(page.getByText('15 z 15')).toBeVisible();
  expect(await rawDump(page)).not.toContain('Dorota');
  expect(errorsB).toEqual([]);
  await laptopB.close();
});

test('after the durability period a banner asks to export and delete the data', async ({ page, ownServer }) => {
  await joinFromFile(page, ownServer.url, FIXTURE);
  const banner = page.getByRole('alert').filter({ hasText: 'Okres trwałości projektu' });
  await expect(banner).toHaveCount(0);
  await page.goto(`${ownServer.url}/projekt`);
  await page.getByLabel('Koniec okresu trwałości').fill('31.03.2024');
  await page.getByRole('button', { name: 'Zapisz ustawienia projektu' }).click();
  await expect(banner).toContainText('Okres trwałości projektu zakończył się 31.03.2024.');
  await banner.getByRole('link', { name: 'Eksport i usunięcie danych' }).click();
  await expect(page.getByRole('region', { name: 'Wyczyść wszystkie dane' })).toBeVisible();
});
