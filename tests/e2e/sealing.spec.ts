// Encrypted hand-off: every export is sealed for the central office (RSA-OAEP) and the project's
// laptops (the hand-off passphrase). The office opens it with `kartoteka-decrypt`; another laptop
// imports it and gets identical records; a flipped byte is refused by both; plain files need an
// explicit, logged choice.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect, anotherLaptop } from './fixtures';
import { DECRYPT, OFFICE_KEY, chooseImportFile, saveDownload } from './downloads';
import { joinFromFile, protectAs } from './setup';

const FIXTURE = 'tests/fixtures/indicators/bartoszyce.json';
const notices = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Komunikaty' });

function records(path: string) {
  return JSON.parse(readFileSync(path, 'utf8')).data;
}

function flipped(sealed: string, field: 'ciphertext' | 'iv' | 'file_name'): string {
  const wrapper = JSON.parse(readFileSync(sealed, 'utf8'));
  if (field === 'file_name') wrapper.file_name = `x${wrapper.file_name}`;
  else {
    const bytes = Buffer.from(wrapper[field], 'base64');
    bytes[bytes.length >> 1] ^= 0x01;
    wrapper[field] = bytes.toString('base64');
  }
  const out = test.info().outputPath(`flipped-${field}.zaszyfrowany.json`);
  writeFileSync(out, JSON.stringify(wrapper));
  return out;
}

test('the office opens every export with kartoteka-decrypt, a laptop imports it to identical records, a flipped byte is refused', async ({
  page,
  browser,
  ownServer,
}) => {
  test.setTimeout(120_000);
  const base = ownServer.url;
  await joinFromFile(page, base, FIXTURE);
  await page.goto(`${base}/wymiana`);
  const json = await saveDownload(page, () => page.getByRole('button', { name: 'Pobierz JSON' }).click(), 'kartoteka.json');
  const sealedText = readFileSync(json.sealed, 'utf8');
  for (const secret of ['Nowak', 'Dorota', '80031502865', '600 100 004']) expect(sealedText).not.toContain(secret);
  const original = records(json.plain);
  expect(original.participants.length).toBe(16);
  const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Pobierz CSV' }).click(), 'uczestnicy.csv');
  expect(readFileSync(csv.plain, 'utf8')).toContain('Nowak');
  const zip = await saveDownload(
    page,
    () => page.getByRole('region', { name: 'Zamknij dzień' }).getByRole('button', { name: 'Zamknij dzień' }).click(),
    'dzien.zip',
  );
  expect(readFileSync(zip.plain).subarray(0, 2).toString('latin1')).toBe('PK');
  if (process.env.WRITE_HANDOFF_FIXTURES) {
    mkdirSync('tests/fixtures/handoff/plain', { recursive: true });
    for (const [saved, name] of [[json, 'kartoteka.json'], [csv, 'uczestnicy.csv'], [zip, 'dzien.zip']] as const) {
      copyFileSync(saved.sealed, `tests/fixtures/handoff/${name}.zaszyfrowany.json`);
      copyFileSync(saved.plain, `tests/fixtures/handoff/plain/${name}`);
    }
  }

  // A flipped byte anywhere gives an error and no file, never wrong data.
  for (const field of ['ciphertext', 'iv', 'file_name'] as const) {
    const bad = flipped(json.sealed, field);
    const out = test.info().outputPath(`out-${field}.json`);
    let message = '';
    try {
      execFileSync(DECRYPT, ['--key', OFFICE_KEY, bad, '--out', out], { stdio: 'pipe' });
    } catch (e) {
      message = String((e as { stderr: Buffer }).stderr);
    }
    expect(message).toContain('nie przechodzi kontroli integralności');
    expect(existsSync(out)).toBe(false);
  }

  // Laptop B joins from the sealed file: it asks for the project's hand-off passphrase.
  const { context: laptopB, page: b, errors: errorsB } = await anotherLaptop(browser);
  await b.goto(`${base}/start`);
  await b.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
  await b.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles(json.sealed);
  await expect(b.getByText('Ten plik jest zaszyfrowany. Wpisz hasło przekazania danych projektu')).toBeVisible();
  await b.getByLabel('Hasło przekazania danych — do otwarcia tego pliku').fill('nie to hasło przekazania');
  await b.getByRole('button', { name: 'Otwórz zaszyfrowany plik' }).click();
  await expect(b.getByText('Hasło przekazania danych nie otwiera tego pliku.', { exact: false })).toBeVisible();
  await chooseImportFile(b, json.sealed);
  await b.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
  // Before protecting, the one plain copy a coordinator may want first.
  await expect(b.getByRole('heading', { name: 'Zabezpiecz dane hasłem' })).toBeVisible();
  await expect(b.getByText('Zapomnianego hasła koordynatora nie da się odzyskać')).toBeVisible();
  const [copy] = await Promise.all([b.waitForEvent('download'), b.getByRole('button', { name: 'Najpierw pobierz kopię danych' }).click()]);
  expect(copy.suggestedFilename()).toMatch(/^kartoteka-kopia-\d{4}-\d{2}-\d{2}\.json$/);
  expect(readFileSync(await copy.path(), 'utf8')).toContain('Nowak');
  await protectAs(b, 'Ewa Koordynatorka');
  await expect(b.getByRole('heading', { level: 1, name: 'Uczestnicy' })).toBeVisible();
  // B kept the hand-off key: a damaged file is refused by name, and nothing is imported.
  await b.goto(`${base}/wymiana`);
  await b.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles(flipped(json.sealed, 'ciphertext'));
  await expect(b.getByText('Zaszyfrowany plik jest uszkodzony albo został zmieniony — niczego nie zaimportowano.', { exact: false })).toBeVisible();
  await expect(b.getByRole('heading', { name: 'Co zmieni import' })).toHaveCount(0);

  // B's own export, opened by the office, holds exactly A's records.
  await b.getByRole('region', { name: 'Szyfrowanie plików' }).getByLabel('Klucz publiczny biura projektu (PEM)').waitFor();
  const fromB = await saveDownload(b, () => b.getByRole('button', { name: 'Pobierz JSON' }).click(), 'b.json');
  expect(records(fromB.plain)).toEqual(original);
  expect(errorsB).toEqual([]);
  await laptopB.close();
});

test('plain files need an explicit choice, carry a warning and are logged', async ({ page, ownServer }) => {
  const base = ownServer.url;
  await joinFromFile(page, base, FIXTURE);
  await page.goto(`${base}/wymiana`);
  await page.getByLabel('Pobieraj pliki bez szyfrowania (niezalecane)').check();
  await expect(page.getByRole('alert').filter({ hasText: 'pliki bez szyfrowania odczyta każdy' })).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pobierz JSON' }).click()]);
  expect(file.suggestedFilename()).toMatch(/^kartoteka-\d{4}-\d{2}-\d{2}\.json$/);
  expect(readFileSync(await file.path(), 'utf8')).toContain('Nowak');
  await expect(notices(page).getByText(/^Pobrano plik/)).toBeVisible();
  await page.goto(`${base}/stan`);
  await expect(page.getByRole('region', { name: 'Dziennik dostępu' })).toContainText('pobrano plik BEZ szyfrowania: kartoteka-');
  // The choice does not survive locking.
  await page.goto(`${base}/wymiana`);
  await expect(page.getByLabel('Pobieraj pliki bez szyfrowania (niezalecane)')).not.toBeChecked();
});
