// Test set-up through the real screens: a project from the CAL template with its area.
import type { Page } from '@playwright/test';
import { FirstRunPage } from './pages/first_run_page';
import { ProjectPage } from './pages/project_page';
import { logoStripPng } from './logo.mjs';
import { TEST_PASSPHRASE } from './fixtures';
import { chooseImportFile, setUpSealing } from './downloads';

export const CAL = /^Centrum Aktywności Lokalnej w Bartoszycach/;

/**
 * Creates the Bartoszyce CAL project (2014-2020) with the gmina Bartoszyce in its area. With
 * `until` (dd.mm.rrrr) the project runs until then, so sessions can be recorded today.
 */
export async function setUpProject(page: Page, base: string, options: { until?: string } = {}) {
  await page.goto(`${base}/start`);
  await new FirstRunPage(page).createFromTemplate(CAL);
  const settings = new ProjectPage(page);
  await settings.heading.waitFor();
  await page.getByRole('button', { name: 'Dodaj jednostkę obszaru' }).click();
  await page.getByLabel('Kod TERYT (TERC)').fill('2802011');
  await page.getByLabel('Nazwa gminy').fill('Bartoszyce');
  await page.getByLabel('Powiat', { exact: true }).fill('bartoszycki');
  await page.getByLabel('Stopień urbanizacji (DEGURBA)').selectOption('2');
  if (options.until) {
    await settings.field('Okres realizacji do').fill(options.until);
    const durability = settings.field('Koniec okresu trwałości');
    if (await durability.inputValue()) await durability.fill('31.12.2030');
  }
  await settings.save();
  await page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.').waitFor();
  await setUpSealing(page, base);
  await settings.goto(base);
  await settings.heading.waitFor();
}

/** What printed documents carry: the agreement number, the funding line and a logo strip. */
export async function setPrintingDetails(page: Page, base: string, number: string, funding: string) {
  const settings = new ProjectPage(page);
  await settings.goto(base);
  await settings.heading.waitFor();
  await settings.field('Numer umowy/decyzji/aneksu').fill(number);
  await settings.field('Informacja o współfinansowaniu').fill(funding);
  await settings.save();
  await page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano.').waitFor();
  await settings.field('Pasek logotypów do wydruków').setInputFiles({
    name: 'logotypy.png',
    mimeType: 'image/png',
    buffer: await logoStripPng(page),
  });
  await page.getByRole('region', { name: 'Komunikaty' }).getByText('Zapisano pasek logotypów.').waitFor();
}

/** A new laptop joins a project from a Kartoteka file and starts working as its coordinator. */
export async function joinFromFile(page: Page, base: string, file: string, who = 'Ewa Koordynatorka (koordynator)') {
  await page.goto(`${base}/start`);
  await page.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
  await page.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
  await protectAs(page, who.replace(/ \(koordynator\)$/, ''));
  await page.getByRole('heading', { level: 1, name: 'Uczestnicy' }).waitFor();
  await setUpSealing(page, base);
  await page.goto(`${base}/uczestnicy`);
  await page.getByRole('heading', { level: 1, name: 'Uczestnicy' }).waitFor();
}

/** Another laptop joins from a sealed file of the project (asks for the hand-off passphrase). */
export async function joinFromSealed(page: Page, base: string, file: string, coordinator = 'Ewa Koordynatorka') {
  await page.goto(`${base}/start`);
  await page.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
  await chooseImportFile(page, file);
  await page.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
  await protectAs(page, coordinator);
  await page.getByRole('heading', { level: 1, name: 'Uczestnicy' }).waitFor();
}

/** A laptop with data but no profile yet (it just joined): its coordinator protects it. */
export async function protectAs(page: Page, coordinator: string, passphrase = TEST_PASSPHRASE) {
  await page.getByLabel('Koordynator').selectOption({ label: coordinator });
  await page.getByLabel('Hasło', { exact: true }).fill(passphrase);
  await page.getByLabel('Powtórz hasło', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Zabezpiecz i zacznij pracę' }).click();
}
