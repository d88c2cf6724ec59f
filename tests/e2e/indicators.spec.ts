// The indicators dashboard on the hand-computed fixture (tests/support/indicators_fixture.rs,
// exported as tests/fixtures/indicators/bartoszyce.json): a new laptop joins from the file, the
// coordinator sees the expected numbers, opens figures into exactly the people and sessions they
// count, narrows the range, and exports the figures in both CSV presets.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { saveDownload } from './downloads';
import { joinFromFile } from './setup';

const FIXTURE = 'tests/fixtures/indicators/bartoszyce.json';

/** The figure link for `name` (its accessible name starts with it). */
function figure(page: Page, name: string) {
  return page.getByRole('link', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}: .* — pokaż listę$`) });
}

async function listed(page: Page): Promise<string[]> {
  const drill = page.getByRole('region', { name: await page.locator('#drill-title').innerText(), exact: true });
  return (await drill.locator('tbody th').allInnerTexts()).map((s) => s.trim()).sort();
}

async function open(page: Page, name: string, title: string) {
  await figure(page, name).first().click();
  await expect(page.locator('#drill-title')).toHaveText(title);
}

test('the dashboard shows the fixture’s numbers and each figure lists exactly whom it counts', async ({ page, ownServer }) => {
  await joinFromFile(page, ownServer.url, FIXTURE);
  await page.getByRole('link', { name: 'Wskaźniki' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wskaźniki' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Cały projekt' })).toBeVisible();

  // Recruitment against 100 = 70 K / 30 M.
  const recruitment = page.getByRole('region', { name: 'Rekrutacja' });
  await expect(recruitment).toContainText('Uczestnicy ogółem11 z 100 (11,0 %)');
  await expect(recruitment).toContainText('Kobiety8 z 70 (11,4 %)');
  await expect(recruitment).toContainText('Mężczyźni3 z 30 (10,0 %)');
  await expect(figure(page, 'Lista rezerwowa')).toHaveText('2');
  await expect(figure(page, 'Otoczenie (liczone osobno)')).toHaveText('1');
  // Statuses and checks.
  await expect(figure(page, 'zakończył')).toHaveText('6');
  await expect(figure(page, 'uczestnik')).toHaveText('4');
  await expect(figure(page, 'Brak wymaganych dokumentów')).toHaveText('1');
  await expect(figure(page, 'Po terminie zakończenia bez danych o zakończeniu')).toHaveText('4');
  // Hours, attendance, weeks, volunteers.
  const hours = page.getByRole('region', { name: 'Godziny, zajęcia i frekwencja' });
  const social = hours.getByRole('row', { name: /^zajęcia wspierające umiejętności społeczne/ });
  await expect(social).toContainText('5,50 h');
  await expect(social).toContainText('62,5 % (5 obecności z 8)');
  await expect(hours.getByRole('row', { name: /^trening umiejętności społecznych dedykowany dzieciom/ })).toContainText('2,00 h');
  await expect(hours.getByRole('row', { name: /^doradztwo zawodowe/ })).toContainText('2,50 h');
  await expect(hours.getByRole('row', { name: /^bez zadania/ })).toContainText('2,50 h');
  await expect(hours.getByRole('img', { name: /^Tygodnie od 02\.05\.2022–08\.05\.2022 do 16\.05\.2022–22\.05\.2022; najwięcej zajęć w tygodniu: 3$/ })).toBeVisible();
  await expect(figure(page, 'Godziny wolontariuszy')).toHaveText('3,75 h');
  // Effectiveness with numerators and denominators, against 34 % / 22 % / 12 %.
  const eff = page.getByRole('region', { name: 'Efektywność społeczna i zatrudnieniowa' });
  await expect(eff).toContainText('Efektywność społeczna — osoby zagrożone ubóstwem lub wykluczeniem społecznym60,0 % osiągnięty');
  await expect(eff).toContainText('Efektywność zatrudnieniowa — osoby zagrożone ubóstwem lub wykluczeniem społecznym66,7 % osiągnięty');
  await expect(eff).toContainText('Licznik: 2 · Mianownik: 3 · próg: 22,0 %');
  await expect(eff).toContainText('0,0 % nieosiągnięty');
  await expect(eff).toContainText('próg: 12,0 %');
  await expect(eff).toContainText('wszyscy uczestnicy, którzy zakończyli udział');
  // Project indicators: computed and entered by hand.
  const indicators = page.getByRole('region', { name: 'Wskaźniki projektu' });
  const row = (name: string) => indicators.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  const cells = (name: string) => row(name).getByRole('cell').allInnerTexts();
  expect(await cells('Liczba osób zagrożonych ubóstwem lub wykluczeniem społecznym objętych wsparciem w programie')).toEqual(['100', '11', '']);
  expect(await cells('Liczba osób zagrożonych ubóstwem lub wykluczeniem społecznym pracujących po opuszczeniu programu (łącznie z pracującymi na własny rachunek)')).toEqual(['5', '2', '']);
  expect(await cells('Liczba osób zagrożonych ubóstwem lub wykluczeniem społecznym, które uzyskały kwalifikacje po opuszczeniu programu')).toEqual(['3', '3', '']);
  expect(await cells('Liczba wspartych w programie miejsc świadczenia usług społecznych')).toEqual(['10', '4 (wpisywany ręcznie)', '']);

  // Drilling in lists exactly the counted people and sessions.
  await open(page, 'Kobiety', 'Kobiety');
  expect(await listed(page)).toEqual(
    ['Bez-Rodo Halina', 'Kowalska Felicja', 'Lewandowska Kinga', 'Nowak Dorota', 'Ostatnia Irena', 'Wójcik Grażyna', 'Żak Alicja', 'Łęcka Barbara'].sort(),
  );
  await expect(page.getByText('Osób na liście: 8')).toBeVisible();
  const employed = 'Efektywność zatrudnieniowa — osoby zagrożone ubóstwem lub wykluczeniem społecznym — Licznik';
  await open(page, employed, employed);
  expect(await listed(page)).toEqual(['Śliwa Cezary', 'Żak Alicja'].sort());
  await open(page, 'Efektywność zatrudnieniowa — osoby zagrożone ubóstwem lub wykluczeniem społecznym — Mianownik', 'Efektywność zatrudnieniowa — osoby zagrożone ubóstwem lub wykluczeniem społecznym — Mianownik');
  expect(await listed(page)).toEqual(['Łęcka Barbara', 'Śliwa Cezary', 'Żak Alicja'].sort());
  await open(page, 'Brak wymaganych dokumentów', 'Brak wymaganych dokumentów');
  expect(await listed(page)).toEqual(['Bez-Rodo Halina']);
  await open(page, 'zajęcia wspierające umiejętności społeczne', 'Zajęcia: zajęcia wspierające umiejętności społeczne');
  expect(await listed(page)).toEqual(['02.05.2022', '04.05.2022', '11.05.2022']);
  // A listed person opens their card; back returns to the same list.
  await open(page, 'Kobiety', 'Kobiety');
  await page.getByRole('link', { name: 'Nowak Dorota' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dorota Nowak' })).toBeVisible();
  await page.goBack();
  await expect(page.locator('#drill-title')).toHaveText('Kobiety');
  await page.getByRole('link', { name: 'Zamknij listę' }).click();
  await expect(page.locator('#drill-title')).toHaveCount(0);
});

test('a date range narrows the figures; a wrong date is named; nobody finished shows “brak danych”', async ({ page, ownServer }) => {
  await joinFromFile(page, ownServer.url, FIXTURE);
  await page.goto(`${ownServer.url}/wskazniki`);
  await page.getByLabel('Od dnia').fill('31.02.2022');
  await page.getByLabel('Do dnia').fill('30.04.2022');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(page.getByText(/^Od dnia: /)).toBeVisible();

  await page.getByLabel('Od dnia').fill('01.04.2022');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Okres: 01.04.2022 – 30.04.2022' })).toBeVisible();
  const eff = page.getByRole('region', { name: 'Efektywność społeczna i zatrudnieniowa' });
  await expect(eff).toContainText('Efektywność społeczna — osoby zagrożone ubóstwem lub wykluczeniem społecznym50,0 % osiągnięty');
  await open(page, 'Efektywność społeczna — osoby zagrożone ubóstwem lub wykluczeniem społecznym — Mianownik', 'Efektywność społeczna — osoby zagrożone ubóstwem lub wykluczeniem społecznym — Mianownik');
  expect(await listed(page)).toEqual(['Nowak Dorota', 'Śliwa Cezary'].sort());
  // The range stays in the address: a reload keeps it and the opened list.
  await page.reload();
  await expect(page.locator('#drill-title')).toHaveText('Efektywność społeczna — osoby zagrożone ubóstwem lub wykluczeniem społecznym — Mianownik');

  await page.getByLabel('Od dnia').fill('01.05.2022');
  await page.getByLabel('Do dnia').fill('15.05.2022');
  await page.getByRole('button', { name: 'Pokaż' }).click();
  await expect(eff).toContainText('brak danych');
  await expect(eff).not.toContainText('NaN');
  await expect(page.getByRole('region', { name: 'Godziny, zajęcia i frekwencja' }).getByRole('row', { name: /^zajęcia wspierające/ })).toContainText('5,50 h');
  await page.getByRole('button', { name: 'Cały projekt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cały projekt' })).toBeVisible();
});

test('“Eksportuj wskaźniki” writes the figures in both CSV presets', async ({ page, ownServer }) => {
  await joinFromFile(page, ownServer.url, FIXTURE);
  await page.goto(`${ownServer.url}/wskazniki`);
  const section = page.getByRole('region', { name: 'Eksportuj wskaźniki' });
  const save = async (name: string) => {
    const file = await saveDownload(page, () => section.getByRole('button', { name: 'Eksportuj wskaźniki' }).click(), name);
    expect(file.name).toBe(`${name}.zaszyfrowany.json`);
    return readFileSync(file.plain);
  };
  const excel = await save('wskazniki-excel.csv');
  expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = excel.subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Sekcja;Wskaźnik;Wartość;Licznik;Mianownik;Cel lub próg;Jednostka');
  expect(lines).toContain('Rekrutacja;Kobiety;8;;;70;osoby');
  expect(lines).toContain('Efektywność zatrudnieniowa;osoby zagrożone ubóstwem lub wykluczeniem społecznym;66,67;2;3;22;%');
  expect(lines).toContain('Frekwencja;zajęcia wspierające umiejętności społeczne;62,5;5;8;;%');
  expect(lines).toContain('Wolontariat;Godziny wolontariuszy;3,75;;;;godziny');

  await section.getByLabel('CSV (RFC 4180)').check();
  const rfc = (await save('wskazniki-rfc4180.csv')).toString('utf8');
  expect(rfc.charCodeAt(0)).not.toBe(0xfeff);
  expect(rfc.split('\r\n')).toContain('Efektywność zatrudnieniowa,osoby zagrożone ubóstwem lub wykluczeniem społecznym,66.67,2,3,22,%');
});
