// Every export leaves the app encrypted for the central office and the project's laptops. The
// suite plays the office: it saves each download and opens it with `kartoteka-decrypt` and the
// test office key, so every export check also checks the round trip through the real tool.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

export const OFFICE_KEY = 'tests/fixtures/handoff/office-test-key.pem';
export const OFFICE_PUBLIC_KEY = readFileSync('tests/fixtures/handoff/office-test-key.pub.pem', 'utf8');
export const HANDOFF_PASSPHRASE = 'przekazanie danych bartoszyce 2022';
export const DECRYPT = 'target/debug/kartoteka-decrypt';

/** Runs `kartoteka-decrypt --key OFFICE_KEY sealed --out plain`; throws with its message. */
export function decrypt(sealed: string, plain: string) {
  execFileSync(DECRYPT, ['--key', OFFICE_KEY, sealed, '--out', plain], { stdio: 'pipe' });
  return plain;
}

export type Saved = { plain: string; sealed: string; name: string };

/** Saves the download `click` starts, checks it is sealed, and opens it as the office would. */
export async function saveDownload(page: Page, click: () => Promise<unknown>, name: string): Promise<Saved> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const sealed = test.info().outputPath(`${name}.zaszyfrowany.json`);
  await file.saveAs(sealed);
  expect(file.suggestedFilename()).toMatch(/\.zaszyfrowany\.json$/);
  const wrapper = JSON.parse(readFileSync(sealed, 'utf8'));
  expect(wrapper.format).toBe('kartoteka-zaszyfrowany');
  return { plain: decrypt(sealed, test.info().outputPath(name)), sealed, name: file.suggestedFilename() };
}

/** The coordinator enters the office's public key and the project's hand-off passphrase. */
export async function setUpSealing(page: Page, base: string) {
  await page.goto(`${base}/wymiana`);
  const section = page.getByRole('region', { name: 'Szyfrowanie plików' });
  await section.getByLabel('Klucz publiczny biura projektu (PEM)').fill(OFFICE_PUBLIC_KEY);
  await section.getByRole('button', { name: 'Zapisz klucz biura' }).click();
  await expect(page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano klucz publiczny biura.')).toBeVisible();
  await section.getByLabel('Hasło przekazania danych projektu', { exact: true }).fill(HANDOFF_PASSPHRASE);
  await section.getByLabel('Powtórz hasło przekazania danych').fill(HANDOFF_PASSPHRASE);
  await section.getByRole('button', { name: 'Ustaw hasło przekazania danych' }).click();
  await expect(section.getByText(/^Każdy pobierany plik jest szyfrowany/)).toBeVisible();
}

/** Chooses a file to import; a sealed file on a laptop without the hand-off key asks for it. */
export async function chooseImportFile(page: Page, path: string, passphrase = HANDOFF_PASSPHRASE) {
  await page.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles(path);
  const preview = page.getByRole('heading', { name: 'Co zmieni import' });
  const asks = page.getByLabel('Hasło przekazania danych — do otwarcia tego pliku');
  await expect(preview.or(asks)).toBeVisible();
  if (await asks.isVisible()) {
    await asks.fill(passphrase);
    await page.getByRole('button', { name: 'Otwórz zaszyfrowany plik' }).click();
  }
  await expect(preview).toBeVisible();
}
