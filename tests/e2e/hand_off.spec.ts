// Two laptops of one project, as two browser contexts (each with its own IndexedDB): B joins from
// A's file, both edit the same person, A closes the day, B imports it, sees the conflict, decides
// it, and gets A's other records; importing again changes nothing. The CSV download is checked
// byte by byte for what Polish Excel needs.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, anotherLaptop, autoUnlock, watchPage } from './fixtures';
import { Hooks } from './pages/hooks';
import { SessionForm } from './pages/sessions_page';
import { protectAs, setUpProject } from './setup';
import { chooseImportFile, saveDownload } from './downloads';

const FORM = 'zajęcia wspierające umiejętności społeczne';

async function download(page: Page, click: () => Promise<void>, name: string): Promise<string> {
  return (await saveDownload(page, click, name)).plain;
}

/** Closes the day; returns the sealed file as it travels to the other laptop. */
async function closeDay(page: Page, base: string, name: string): Promise<string> {
  await page.goto(`${base}/wymiana`);
  const section = page.getByRole('region', { name: 'Zamknij dzień' });
  const saved = await saveDownload(page, () => section.getByRole('button', { name: 'Zamknij dzień' }).click(), name);
  // What the office gets out of it is the ZIP itself.
  expect(readFileSync(saved.plain).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  return saved.sealed;
}

async function setPhone(page: Page, base: string, person: string, phone: string) {
  await page.goto(`${base}/uczestnicy`);
  await page.getByRole('link', { name: person }).click();
  await page.getByRole('link', { name: 'Edytuj' }).click();
  await page.getByLabel('Telefon kontaktowy').fill(phone);
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.')).toBeVisible();
}


function count(page: Page, label: string) {
  return page.locator('dl.counts div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

test('two laptops: B joins from A, both edit one person, A closes the day, B resolves the conflict and gets A’s records', async ({
  page,
  browser,
  hooksServer,
}) => {
  const base = hooksServer.url;
  // Laptop A: the project and three participants.
  await setUpProject(page, base, { until: '31.12.2030' });
  await new Hooks(page).seedParticipants(3);
  const first = await closeDay(page, base, 'a-1.zip');
  await expect(page.getByTestId('unexported')).toHaveText('Wszystko wyeksportowane');
  await expect(page.getByRole('region', { name: 'Zamknij dzień' }).getByRole('status')).toContainText('kartoteka-');
  expect(readFileSync(first, 'utf8')).not.toContain('Kowalska');

  // Laptop B: a fresh browser profile joins from A's file.
  const { context: laptopB, page: b, errors: errorsB } = await anotherLaptop(browser);
  await b.goto(`${base}/start`);
  await b.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
  await chooseImportFile(b, first);
  await expect(count(b, 'Konflikty')).toHaveText('0');
  expect(Number(await count(b, 'Nowe').innerText())).toBeGreaterThan(3);
  await b.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
  await expect(b.getByRole('heading', { name: 'Zabezpiecz dane hasłem' })).toBeVisible();
  await protectAs(b, 'Ewa Ślązak');
  // The registry, with A's people.
  await expect(b.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
  await expect(b.getByText('3 z 3')).toBeVisible();
  // Joining is not a change of B's own: nothing waits to be exported.
  await expect(b.getByTestId('unexported')).toHaveText('Wszystko wyeksportowane');

  // Both edit the same person; A also records a session.
  await setPhone(page, base, 'Kowalska-0 Anna', '600 111 111');
  await setPhone(b, base, 'Kowalska-0 Anna', '600 222 222');
  await page.goto(`${base}/zajecia/nowe`);
  const form = new SessionForm(page);
  await form.field('Forma wsparcia').selectOption({ label: FORM });
  await form.field('Godzina od').fill('10:00');
  await form.field('Godzina do').fill('11:30');
  await form.allPresent.check();
  await form.save.click();
  await expect(page).toHaveURL(/\/dzis/);
  await expect(page.getByTestId('unexported')).not.toHaveText('Wszystko wyeksportowane');
  const second = await closeDay(page, base, 'a-2.zip');
  await expect(page.getByTestId('unexported')).toHaveText('Wszystko wyeksportowane');

  // B imports A's day: the conflict is shown field by field and must be decided.
  await b.goto(`${base}/wymiana`);
  await chooseImportFile(b, second);
  await expect(count(b, 'Konflikty')).toHaveText('1');
  const conflict = b.getByRole('group', { name: 'Kowalska-0 Anna' });
  await expect(conflict.getByRole('row', { name: /Telefon kontaktowy/ })).toContainText('600 222 222');
  await expect(conflict.getByRole('row', { name: /Telefon kontaktowy/ })).toContainText('600 111 111');
  const apply = b.getByRole('button', { name: 'Zastosuj import' });
  await expect(apply).toBeDisabled();
  await b.screenshot({ path: test.info().outputPath('conflict.png'), fullPage: true });
  await conflict.getByLabel('Weź z pliku').check();
  await apply.click();
  await expect(b.getByRole('region', { name: 'Komunikaty' }).getByText(/Zaimportowano rekordów: \d+\./)).toBeVisible();

  // B now has A's phone and A's session.
  await b.goto(`${base}/uczestnicy`);
  await b.getByRole('link', { name: 'Kowalska-0 Anna' }).click();
  await expect(b.getByText('600 111 111')).toBeVisible();
  await b.goto(`${base}/dzis`);
  await expect(b.locator('table.sessions tbody tr').filter({ hasText: FORM })).toContainText('3 z 3');

  // The same file again: nothing new, nothing written.
  await b.goto(`${base}/wymiana`);
  await chooseImportFile(b, second);
  await expect(count(b, 'Konflikty')).toHaveText('0');
  await expect(count(b, 'Nowe')).toHaveText('0');
  await expect(count(b, 'Nowsze wersje')).toHaveText('0');
  await b.getByRole('button', { name: 'Zastosuj import' }).click();
  await expect(b.getByRole('region', { name: 'Komunikaty' }).getByText('Nic nowego: wszystkie rekordy z pliku już tu są. Niczego nie zapisano.')).toBeVisible();

  // A file of another project is refused by name before anything is written.
  const other = await browser.newContext();
  const c = await other.newPage();
  await autoUnlock(c);
  watchPage(c, errorsB);
  await setUpProject(c, base);
  await c.goto(`${base}/wymiana`);
  await c.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles(second);
  await expect(c.getByRole('alert').filter({ hasText: 'Ten plik pochodzi z innego projektu' })).toBeVisible();
  await other.close();

  await laptopB.close();
  expect(errorsB).toEqual([]);
});

test('the participant CSV for Excel has a BOM, semicolons, CRLF and Polish letters; hostile files get their message', async ({
  page,
  hooksServer,
}) => {
  const base = hooksServer.url;
  await setUpProject(page, base, { until: '31.12.2030' });
  await new Hooks(page).seedParticipants(2);
  await page.goto(`${base}/wymiana`);
  const csv = await download(page, () => page.getByRole('button', { name: 'Pobierz CSV' }).click(), 'uczestnicy.csv');
  const bytes = readFileSync(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  expect(lines[0].startsWith('Numer umowy/ decyzji /aneksu;Nazwa beneficjenta;Tytuł projektu;')).toBe(true);
  expect(lines[0].split(';')).toHaveLength(73);
  expect(lines[0]).toContain(';Imię;Nazwisko;PESEL;Brak PESEL;Płeć;');
  expect(lines.filter((l) => l.includes('Kowalska-'))).toHaveLength(2);
  expect(lines[1]).toContain(';śląskie;kłobucki;Kłobuck;Kłobuck;');
  // A phone starting with + is made inert for Excel.
  expect(lines[1]).toContain(";'+48 600 000 000;");

  // The RFC 4180 preset: commas, no BOM.
  await page.getByLabel('CSV (RFC 4180) — dla programów, nie dla arkuszy').check();
  const rfc = readFileSync(await download(page, () => page.getByRole('button', { name: 'Pobierz CSV' }).click(), 'rfc.csv'));
  expect(rfc[0]).toBe('N'.charCodeAt(0));
  expect(rfc.toString('utf8').split('\r\n')[0]).toContain(',Imię,Nazwisko,PESEL,');

  // A wrong date in the claim period names the field.
  const csvSection = page.getByRole('group', { name: 'Tabele (CSV)' });
  await csvSection.getByLabel('Od', { exact: true }).fill('1.7');
  await csvSection.getByRole('button', { name: 'Pobierz CSV' }).click();
  await expect(csvSection.getByText(/^Od: /)).toBeVisible();

  // Hostile files: each refused with its message, nothing written.
  const before = await new Hooks(page).stored();
  const input = page.getByLabel('Plik Kartoteki (.zip lub .json)');
  const cases: [string, string, RegExp][] = [
    ['truncated.json', '{"format":"kartoteka","format_version":1,"data":{"proj', /uszkodzony albo niepełny/],
    ['future.json', '{"format":"kartoteka","format_version":99}', /nowsza wersja Kartoteki \(format 99\)/],
    ['other.json', '{"hello":"world"}', /To nie jest plik Kartoteki/],
  ];
  for (const [name, body, message] of cases) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.locator('#import-error')).toHaveText(message);
  }
  expect(await new Hooks(page).stored()).toEqual(before);
});

test('a participant list from Polish Excel (Windows-1250, shortened PESEL) is checked row by row before anything is added', async ({
  page,
  hooksServer,
}) => {
  const base = hooksServer.url;
  await setUpProject(page, base, { until: '31.12.2030' });
  await page.goto(`${base}/wymiana`);
  // What Polish Excel writes as "CSV (rozdzielany średnikami)": Windows-1250, no BOM, CRLF.
  // Row 2: a PESEL of someone born in 2002 that Excel shortened to 10 digits; row 3: no surname;
  // row 4: a wrong PESEL.
  const rows = ['Nazwisko;Imię;PESEL;Telefon;Miejscowość', 'Żółć;Łucja;2270803624;+48 600 100 200;Bartoszyce', ';Ewa;;;', 'Nowak;Jan;12345678901;;'];
  const win1250: Record<string, number> = { Ż: 0xaf, ó: 0xf3, ł: 0xb3, ć: 0xe6, Ł: 0xa3, ś: 0x9c, ę: 0xea };
  const bytes = Buffer.from([...rows.join('\r\n') + '\r\n'].map((ch) => win1250[ch] ?? ch.charCodeAt(0)));
  await page.getByLabel('Plik CSV z listą osób').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: bytes });
  const preview = page.locator('.people-preview');
  await expect(preview).toContainText('Poprawne wiersze: 1');
  await expect(preview.getByText(/^Wiersz 3: Nazwisko: /)).toBeVisible();
  await expect(preview.getByText(/^Wiersz 4: PESEL: /)).toBeVisible();
  // Nothing is added before the confirmation.
  await page.goto(`${base}/uczestnicy`);
  await expect(page.getByText('0 z 0')).toBeVisible();
  await page.goto(`${base}/wymiana`);
  await page.getByLabel('Plik CSV z listą osób').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: bytes });
  await page.getByRole('button', { name: 'Dodaj poprawne osoby' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Dodano osób: 1.')).toBeVisible();
  await page.goto(`${base}/uczestnicy`);
  await page.getByRole('link', { name: 'Żółć Łucja' }).click();
  await expect(page.getByText('02270803624')).toBeVisible();
  await expect(page.getByText('+48 600 100 200')).toBeVisible();
});

test('changes left unexported for more than a week raise a warning that leads to closing the day', async ({ page, hooksServer }) => {
  const base = hooksServer.url;
  await setUpProject(page, base, { until: '31.12.2030' });
  await expect(page.getByText(/Najstarsza niewyeksportowana zmiana/)).toHaveCount(0);
  await page.clock.setFixedTime(new Date(Date.now() + 8 * 86_400_000));
  await page.goto(`${base}/uczestnicy`);
  const warning = page.getByRole('alert').filter({ hasText: 'Najstarsza niewyeksportowana zmiana ma 8 dni.' });
  await expect(warning).toBeVisible();
  await warning.getByRole('link', { name: 'Zamknij dzień' }).click();
  const file = await saveDownload(
    page,
    () => page.getByRole('region', { name: 'Zamknij dzień' }).getByRole('button', { name: 'Zamknij dzień' }).click(),
    'dzien.zip',
  );
  expect(file.name).toMatch(/^kartoteka-\d{4}-\d{2}-\d{2}\.zip\.zaszyfrowany\.json$/);
  await expect(warning).toHaveCount(0);
  await expect(page.getByTestId('unexported')).toHaveText('Wszystko wyeksportowane');
});

test('if another tab changes a record after the preview, applying saves nothing and asks to look again', async ({
  page,
  browser,
  hooksServer,
}) => {
  const base = hooksServer.url;
  await setUpProject(page, base, { until: '31.12.2030' });
  await new Hooks(page).seedParticipants(1);
  const first = await closeDay(page, base, 'a-1.zip');
  const laptopB = await browser.newContext();
  const b = await laptopB.newPage();
  await autoUnlock(b);
  await b.goto(`${base}/start`);
  await b.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
  await chooseImportFile(b, first);
  await b.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
  await protectAs(b, 'Ewa Ślązak');
  await expect(b.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();

  await setPhone(page, base, 'Kowalska-0 Anna', '600 111 111');
  const second = await closeDay(page, base, 'a-2.zip');
  await b.goto(`${base}/wymiana`);
  await chooseImportFile(b, second);
  await expect(count(b, 'Nowsze wersje')).toHaveText('1');
  // Meanwhile, in another tab of laptop B, someone edits the same person.
  const tab = await laptopB.newPage();
  await autoUnlock(tab);
  await setPhone(tab, base, 'Kowalska-0 Anna', '600 333 333');
  await b.getByRole('button', { name: 'Zastosuj import' }).click();
  await expect(b.getByRole('region', { name: 'Komunikaty' }).getByText(/^Od podglądu zmieniono dane na tym komputerze/)).toBeVisible();
  // Looking again shows the conflict instead.
  await chooseImportFile(b, second);
  await expect(count(b, 'Konflikty')).toHaveText('1');
  await laptopB.close();
});
