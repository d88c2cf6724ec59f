// Captures pages in Polish and English at laptop and narrow widths into target/screenshots/,
// for a person to look at (not a test). Scenarios set up the state a page needs first.
// Usage: node tests/e2e/screenshots.mjs [scenario ...]   (default: all)
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { startServer } from './server.mjs';

async function createProject(page) {
  await page.getByRole('radio', { name: /^Centrum Aktywności Lokalnej w Bartoszycach/ }).check();
  await page.locator('#person-first-name').fill('Ewa');
  await page.locator('#person-last-name').fill('Ślązak');
  await page.locator('#person-last-name').blur();
}

const SCENARIOS = {
  status: { path: '/stan' },
  'first-run': {
    path: '/start',
    async setup(page) {
      await page.getByRole('radio', { name: /^Centrum Aktywności Lokalnej w Bartoszycach/ }).check();
    },
  },
  'project-error': {
    path: '/start',
    async setup(page) {
      await createProject(page);
      await page.locator('section.review button').click();
      await page.locator('#budget-total').waitFor();
      await page.locator('#budget-total').fill('450 000,00');
      await page.locator('#budget-total').blur();
    },
  },
  structure: {
    path: '/start',
    async setup(page, url) {
      await createProject(page);
      await page.locator('section.review button').click();
      await page.locator('#budget-total').waitFor();
      await page.goto(`${url}/struktura`);
    },
  },
};

async function projectWithPerson(page, url) {
  await createProject(page);
  await page.locator('section.review button').click();
  await page.locator('#budget-total').waitFor();
  await page.getByRole('button', { name: 'Dodaj jednostkę obszaru' }).click();
  await page.locator('#area-0-teryt').fill('2802011');
  await page.locator('#area-0-name').fill('Bartoszyce');
  await page.locator('#area-0-powiat').fill('bartoszycki');
  await page.locator('#area-0-degurba').selectOption('2');
  await page.locator('#area-0-name').press('Enter');
  await page.waitForTimeout(300);
  await page.goto(`${url}/uczestnicy/nowy`);
  await page.locator('#first-name').fill('Łucja');
  await page.locator('#last-name').fill('Żółć');
  await page.locator('#pesel').fill('85041212344');
  await page.locator('#area-unit').selectOption('2802011');
  await page.locator('#locality').fill('Bartoszyce');
  await page.locator('#phone').fill('+48 600 100 200');
  await page.locator('#phone').press('Enter');
  await page.waitForURL(/uczestnicy\/[0-9a-f-]{36}$/);
}

Object.assign(SCENARIOS, {
  participants: { path: '/start', async setup(page, url) { await projectWithPerson(page, url); await page.goto(`${url}/uczestnicy`); } },
  'person-form-errors': {
    path: '/start',
    async setup(page, url) {
      await projectWithPerson(page, url);
      await page.goto(`${url}/uczestnicy/nowy`);
      await page.locator('#first-name').fill('Jan');
      await page.locator('#pesel').fill('85041212345');
      await page.locator('#postal-code').fill('11200');
      await page.locator('#postal-code').press('Enter');
      await page.waitForTimeout(300);
    },
  },
  card: { path: '/start', async setup(page, url) { await projectWithPerson(page, url); } },
});

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SCENARIOS);
const server = await startServer({ root: process.env.SHOTS_DIST ?? 'dist' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
await mkdir('target/screenshots', { recursive: true });
for (const name of chosen) {
  const scenario = SCENARIOS[name];
  for (const [lang, width] of [['pl', 1280], ['en', 1280], ['pl', 390], ['en', 390]]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'pl-PL' });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', name, lang, width, e.message));
    page.on('console', (m) => { if (m.type() === 'error') console.error('console error:', name, lang, width, m.text().slice(0, process.env.SHOTS_FULL ? 20000 : 400)); });
    await page.goto(`${server.url}/stan`);
    await page.evaluate((l) => localStorage.setItem('kartoteka.locale', JSON.stringify(l)), 'pl');
    await page.goto(`${server.url}${scenario.path}`);
    await page.waitForTimeout(800);
    if (scenario.setup) await scenario.setup(page, server.url);
    if (lang === 'en') await page.getByLabel('Język').selectOption('en');
    await page.waitForTimeout(700);
    const file = `target/screenshots/${name}-${lang}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
