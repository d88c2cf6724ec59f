// The page policy and the XSS corpus.
//
// - index.html carries a Content-Security-Policy: only the app's own origin, WebAssembly
//   compilation, Trunk's loader by hash, blob:/data: images; a script injected into the page
//   does not run.
// - 200 hostile texts (tests/xss.rs writes tests/fixtures/xss/corpus.json) in names, addresses,
//   notes, session topics and places, plus some typed into the forms by hand, are listed,
//   searched, opened, printed and exported: the canary they would set stays unset, no policy
//   violation is reported and nothing is fetched from another origin (the shared guard fails the
//   test on either).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { saveDownload } from './downloads';
import { joinFromFile, setUpProject } from './setup';

const CORPUS = 'tests/fixtures/xss/corpus.json';

async function canary(page: Page) {
  return page.evaluate(() => (window as unknown as { __xss?: number }).__xss);
}

test('the page policy allows only the app’s own origin and refuses an injected script', async ({ browser, ownServer }) => {
  // Its own context: this test provokes a violation on purpose, which the shared guard forbids.
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const response = await page.goto(`${ownServer.url}/stan`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Stan aplikacji' })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain("img-src 'self' blob: data:");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(violations).toEqual([]);

  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__xss = 1';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://evil.example/pixel.png';
    document.body.append(img);
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(await canary(page)).toBeUndefined();
  await context.close();
});

test('200 hostile texts are shown, searched, printed and exported as text, never run', async ({ page, ownServer }) => {
  test.setTimeout(120_000);
  const base = ownServer.url;
  await joinFromFile(page, base, CORPUS);
  await expect(page.getByText('200 z 200')).toBeVisible();

  // Listed as text: the name is the payload itself.
  await page.getByLabel('Szukaj').fill('Xss000');
  await expect(page.getByRole('link', { name: '<script>window.__xss=1</script> Xss000' })).toBeVisible();
  // Searched, a few at a time, scrolling through every row.
  for (const q of ['<img', 'onerror', 'javascript:', '"><', 'Żółć', '{{', '=HYPERLINK', 'xss1']) {
    await page.getByLabel('Szukaj').fill(q);
    await expect(page.locator('p.count')).not.toHaveText('200 z 200');
  }
  await page.getByLabel('Szukaj').fill('');
  const scroller = page.locator('.virtual');
  for (let y = 0; y < 200 * 44; y += 600) {
    await scroller.evaluate((el, top) => { el.scrollTop = top; }, y);
  }
  // Cards.
  for (const n of ['000', '027', '064', '118', '199']) {
    await page.goto(`${base}/uczestnicy`);
    await page.getByLabel('Szukaj').fill(`Xss${n}`);
    await page.locator('.virtual tbody th a').first().click();
    await expect(page.getByRole('region', { name: 'Dane osobowe' })).toBeVisible();
  }
  // The day with the sessions, a session form, the printed list and the monthly list.
  await page.goto(`${base}/dzis?dzien=2022-05-02`);
  await expect(page.locator('table.sessions tbody tr').first()).toBeVisible();
  await page.getByRole('link', { name: 'Lista obecności' }).first().click();
  await expect(page.locator('article.sheet')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.pdf();
  await page.emulateMedia({ media: 'screen' });

  // Typed by hand into the registration form and a session.
  await page.goto(`${base}/uczestnicy/nowy`);
  await page.getByLabel('Imię', { exact: true }).fill('<img src=x onerror=window.__xss=1>');
  await page.getByLabel('Nazwisko', { exact: true }).fill('"><svg onload=window.__xss=1>');
  await page.getByLabel('Telefon kontaktowy').fill('600 700 800');
  await page.getByLabel('Notatki').fill('<iframe srcdoc="<script>parent.__xss=1</script>">');
  await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror=window.__xss=1> "><svg onload=window.__xss=1>' })).toBeVisible();

  // Exported: CSV and JSON carry the texts as data.
  await page.goto(`${base}/wymiana`);
  await page.getByLabel('Tabela').selectOption({ label: 'Zajęcia' });
  const csv = await saveDownload(page, () => page.getByRole('button', { name: 'Pobierz CSV' }).click(), 'zajecia.csv');
  const csvText = readFileSync(csv.plain, 'utf8');
  expect(csvText).toContain('window.__xss=1');
  expect(csvText).toMatch(/'=HYPERLINK|'\+cmd/); // formula triggers made inert for Excel
  const json = await saveDownload(page, () => page.getByRole('button', { name: 'Pobierz JSON' }).click(), 'kartoteka.json');
  expect(readFileSync(json.plain, 'utf8')).toContain('<img src=x onerror=window.__xss=1>');
  await page.goto(`${base}/wskazniki?pokaz=status-zgloszony`);
  await expect(page.getByText('Osób na liście: 201')).toBeVisible();

  expect(await canary(page)).toBeUndefined();
});


test('“Wyczyść wszystkie dane” leaves no database, cache, worker or preference', async ({ page, ownServer }) => {
  await setUpProject(page, ownServer.url);
  await page.getByLabel('Język').selectOption('en');
  await page.getByLabel('Language').selectOption('pl');
  // The app is ready offline: its worker is registered and its files are cached.
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistrations()).length > 0 && (await caches.keys()).length > 0);
  await page.goto(`${ownServer.url}/wymiana`);
  const section = page.getByRole('region', { name: 'Wyczyść wszystkie dane' });
  const button = section.getByRole('button', { name: 'Wyczyść wszystkie dane' });
  await expect(button).toBeDisabled();
  await section.getByLabel('Aby potwierdzić, wpisz: WYCZYŚĆ').fill('wyczysc');
  await expect(button).toBeDisabled();
  await section.getByLabel('Aby potwierdzić, wpisz: WYCZYŚĆ').fill('WYCZYŚĆ');
  await button.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dane usunięte z tego komputera' })).toBeVisible();
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    preferences: localStorage.length,
  }));
  expect(left).toEqual({ databases: [], caches: [], workers: 0, preferences: 0 });
  await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pierwsze uruchomienie: opisz projekt' })).toBeVisible();
});
