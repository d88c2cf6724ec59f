// Captures pages in Polish and English at laptop and narrow widths into target/screenshots/,
// for a person to look at (not a test). Scenarios set up the state a page needs first.
// Usage: node tests/e2e/screenshots.mjs [scenario ...]   (default: all)
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { startServer } from './server.mjs';
import { logoStripPng } from './logo.mjs';

const PASSPHRASE = 'zielony rower nad wodą 7';

async function createProject(page) {
  await page.getByRole('radio', { name: /^Centrum Aktywności Lokalnej w Bartoszycach/ }).check();
  await page.locator('#person-first-name').fill('Ewa');
  await page.locator('#person-last-name').fill('Ślązak');
  await page.locator('#first-passphrase').fill(PASSPHRASE);
  await page.locator('#first-repeat').fill(PASSPHRASE);
  await page.locator('#first-repeat').blur();
}

// Navigations lock the encrypted store: unlock whenever the lock screen shows up.
async function unlock(page) {
  const heading = page.locator('#lock-title');
  await page.locator('#lock-passphrase').fill(PASSPHRASE);
  await page.locator('#lock-passphrase').press('Enter');
  await heading.waitFor({ state: 'hidden', timeout: 20000 });
}

async function autoUnlock(page) {
  await page.addLocatorHandler(page.locator('#lock-title'), () => unlock(page), { noWaitAfter: true });
}

// A screenshot is no locator action, so the handler above does not run before it: a scenario
// that ends with a navigation would capture the lock screen instead of its page.
async function unlockIfLocked(page) {
  if (await page.locator('#lock-title').isVisible()) {
    await page.removeLocatorHandler(page.locator('#lock-title'));
    await unlock(page);
    await autoUnlock(page);
    await page.waitForTimeout(500);
  }
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
  vanished: {
    path: '/start',
    async setup(page) {
      await createProject(page);
      await page.getByRole('button', { name: 'Utwórz projekt' }).click();
      await page.locator('#budget-total').waitFor();
      await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('kartoteka'); r.onsuccess = resolve; }));
      await page.reload();
      await page.locator('#vanished-title').waitFor();
    },
  },
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

// Session scenarios need the hooks build (SHOTS_DIST=target/e2e/dist-hooks) to seed people.
async function projectWithParticipants(page, url, count) {
  await createProject(page);
  await page.locator('section.review button').click();
  await page.locator('#budget-total').waitFor();
  await page.locator('#end').fill('31.12.2030');
  await page.locator('#end').press('Enter');
  await page.waitForTimeout(400);
  await page.evaluate((n) => window.wasmBindings.e2e_seed_participants(n), count);
}

async function fillSession(page, url) {
  await page.goto(`${url}/zajecia/nowe`);
  await page.getByLabel('Forma wsparcia', { exact: true }).selectOption({ label: 'zajęcia wspierające umiejętności społeczne' });
  await page.getByLabel('Godzina od').fill('16:00');
  await page.getByLabel('Godzina do').fill('17:30');
  await page.getByLabel('Miejsce', { exact: true }).fill('sala na parterze');
  await page.getByLabel('Temat', { exact: true }).fill('Jak rozmawiać w rodzinie');
  await page.getByLabel('Wszyscy obecni').check();
  await page.getByRole('group', { name: 'Kowalska-3 Anna', exact: true }).getByLabel('nieobecny').check();
  await page.getByRole('group', { name: 'Kowalska-7 Anna', exact: true }).getByLabel('usprawiedliwiony').check();
  await page.getByRole('button', { name: 'Dodaj osobę spoza rejestru' }).click();
  await page.locator('#walk-in-0-first').fill('Jan');
  await page.locator('#walk-in-0-last').fill('Przechodni');
}

/** Renders a PDF's pages with pdf.js into one page (served from node_modules) and screenshots it. */
async function shootPdf(browser, pdf, file) {
  const { readFile } = await import('node:fs/promises');
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.route('http://pdf.local/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><body style="background:#888;margin:0"></body>' });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(`node_modules/pdfjs-dist/build${path}`) });
  });
  await page.goto('http://pdf.local/');
  await page.addScriptTag({ type: 'module', content: `
    import * as pdfjs from '/pdf.mjs';
    pdfjs.GlobalWorkerOptions.workerSrc = '/pdf.worker.mjs';
    window.renderPdf = async (b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const doc = await pdfjs.getDocument({ data }).promise;
      for (let i = 1; i <= doc.numPages; i++) {
        const p = await doc.getPage(i);
        const vp = p.getViewport({ scale: 1.3 });
        const c = document.createElement('canvas');
        c.width = vp.width; c.height = vp.height; c.style.cssText = 'display:block;margin:12px auto;background:#fff';
        document.body.append(c);
        await p.render({ canvasContext: c.getContext('2d'), viewport: vp }).promise;
      }
      return doc.numPages;
    };` });
  await page.waitForFunction(() => window.renderPdf);
  const pages = await page.evaluate((b64) => window.renderPdf(b64), pdf.toString('base64'));
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
  console.log(file, `(${pages} PDF pages)`);
}

async function joinIndicatorsFixture(page, url) {
  await page.goto(`${url}/start`);
  await page.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
  await page.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles('tests/fixtures/indicators/bartoszyce.json');
  await page.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
  await page.locator('#protect-person').selectOption({ label: 'Ewa Koordynatorka' });
  await page.locator('#protect-passphrase').fill(PASSPHRASE);
  await page.locator('#protect-repeat').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Zabezpiecz i zacznij pracę' }).click();
  await page.getByRole('heading', { level: 1, name: 'Uczestnicy' }).waitFor();
}

Object.assign(SCENARIOS, {
  lock: {
    path: '/start',
    locked: true,
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.getByRole('button', { name: 'Zablokuj' }).click();
      await page.locator('#lock-passphrase').fill('złe hasło');
      await page.locator('#lock-passphrase').press('Enter');
      await page.locator('#lock-passphrase-msg').waitFor();
    },
  },
  protect: {
    path: '/start',
    async setup(page) {
      await page.getByRole('radio', { name: /^Dołącz z pliku/ }).check();
      await page.getByLabel('Plik Kartoteki (.zip lub .json)').setInputFiles('tests/fixtures/indicators/bartoszyce.json');
      await page.getByRole('button', { name: 'Dołącz do projektu z tego pliku' }).click();
      await page.locator('#protect-passphrase').fill('krótkie');
      await page.locator('#protect-person').selectOption({ label: 'Ewa Koordynatorka' });
      await page.getByRole('button', { name: 'Zabezpiecz i zacznij pracę' }).click();
    },
  },
  sealing: {
    path: '/start',
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.goto(`${url}/wymiana`);
      await page.locator('#office-key').fill('-----BEGIN PUBLIC KEY-----\nnie klucz\n-----END PUBLIC KEY-----');
      await page.getByRole('button', { name: 'Zapisz klucz biura' }).click();
      await page.locator('#office-key-msg').waitFor();
    },
  },
  profiles: {
    path: '/start',
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.getByRole('link', { name: 'Profile i hasła' }).click();
      await page.locator('#profile-person').waitFor();
    },
  },
  indicators: {
    path: '/start',
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.goto(`${url}/wskazniki?pokaz=kobiety`);
      await page.locator('#drill-title').waitFor();
    },
  },
  privacy: {
    path: '/start',
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.getByRole('link', { name: 'Nowak Dorota' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dorota Nowak' }).waitFor();
      const close = page.getByRole('button', { name: 'Zamknij komunikat' });
      while (await close.count()) await close.first().click();
      await page.getByRole('region', { name: 'Prawa osoby (RODO)' }).getByRole('button', { name: 'Usuń dane osoby (RODO)' }).click();
      await page.getByLabel('Aby potwierdzić, wpisz nazwisko: Nowak').fill('Nowak');
    },
  },
  audit: {
    path: '/start',
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.getByRole('link', { name: 'Nowak Dorota' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dorota Nowak' }).waitFor();
      await page.goto(`${url}/stan`);
      await page.getByRole('region', { name: 'Dziennik dostępu' }).getByRole('row').nth(1).waitFor();
    },
  },
  'exit-card': {
    path: '/start',
    async setup(page, url) {
      await joinIndicatorsFixture(page, url);
      await page.getByRole('link', { name: 'Śliwa Cezary' }).click();
      await page.getByRole('region', { name: 'Rezultaty po zakończeniu udziału' }).getByRole('button', { name: 'Uzupełnij rezultaty' }).click();
      await page.getByLabel('Data potwierdzenia zatrudnienia').fill('01.12.2022');
      await page.getByRole('button', { name: 'Zapisz rezultaty' }).click();
    },
  },
  'session-form': { path: '/start', async setup(page, url) { await projectWithParticipants(page, url, 12); await fillSession(page, url); } },
  'hand-off': {
    path: '/start',
    async setup(page, url) {
      await projectWithParticipants(page, url, 3);
      await page.goto(`${url}/wymiana`);
      const rows = 'Nazwisko;Imię;PESEL\r\nNowak;Jan;2270803624\r\n;Ewa;\r\nKowal;Ola;12345678901\r\n';
      await page.locator('#people-file').setInputFiles({ name: 'lista.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
      await page.locator('.people-preview').waitFor();
    },
  },
  day: {
    path: '/start',
    async setup(page, url) {
      await projectWithParticipants(page, url, 12);
      await fillSession(page, url);
      await page.getByRole('button', { name: 'Zapisz zajęcia' }).click();
      await page.waitForURL(/\/dzis/);
      await page.goto(`${url}/zajecia/nowe`);
      await page.getByLabel('Forma wsparcia', { exact: true }).selectOption({ label: 'zajęcia z dziedzictwa lokalnego' });
      await page.getByLabel('Godzina od').fill('17:00');
      await page.getByLabel('Godzina do').fill('18:00');
      await page.getByLabel('Wszyscy obecni').check();
      await page.getByRole('button', { name: 'Zapisz zajęcia' }).click();
      await page.waitForURL(/\/dzis/);
    },
  },
  print: {
    path: '/start',
    async setup(page, url, shoot) {
      await projectWithParticipants(page, url, 40);
      await page.goto(`${url}/projekt`);
      await page.locator('#funding-line').fill('Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego');
      await page.getByRole('button', { name: 'Zapisz ustawienia projektu' }).click();
      await page.getByText('Zapisano.').first().waitFor();
      await page.locator('#logo').setInputFiles({ name: 'logotypy.png', mimeType: 'image/png', buffer: await logoStripPng(page) });
      await page.getByText('Zapisano pasek logotypów.').waitFor();
      await fillSession(page, url);
      await page.getByRole('button', { name: 'Zapisz zajęcia' }).click();
      await page.waitForURL(/\/dzis/);
      await page.getByRole('link', { name: 'Lista obecności' }).click();
      await page.locator('article.sheet').waitFor();
      if (shoot) {
        await page.emulateMedia({ media: 'print' });
        await shootPdf(page.context().browser(), await page.pdf({ preferCSSPageSize: true }), 'target/screenshots/print-attendance-pdf.png');
        await page.goBack();
        await page.locator('section.monthly').getByRole('link', { name: 'zajęcia wspierające umiejętności społeczne' }).click();
        await page.locator('article.sheet').waitFor();
        await shootPdf(page.context().browser(), await page.pdf({ preferCSSPageSize: true }), 'target/screenshots/print-monthly-pdf.png');
        await page.goBack();
        await page.getByRole('link', { name: 'Lista obecności' }).click();
        await page.locator('article.sheet').waitFor();
        await page.emulateMedia({ media: 'screen' });
      }
    },
  },
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
    if (!scenario.locked) await autoUnlock(page);
    page.on('pageerror', (e) => console.error('page error:', name, lang, width, e.message));
    page.on('console', (m) => { if (m.type() === 'error') console.error('console error:', name, lang, width, m.text().slice(0, process.env.SHOTS_FULL ? 20000 : 400)); });
    await page.goto(`${server.url}/stan`);
    await page.evaluate((l) => localStorage.setItem('kartoteka.locale', JSON.stringify(l)), 'pl');
    await page.goto(`${server.url}${scenario.path}`);
    await page.waitForTimeout(800);
    if (scenario.setup) await scenario.setup(page, server.url, lang === 'pl' && width === 1280);
    if (lang === 'en') await page.getByLabel('Język').selectOption('en');
    await page.waitForTimeout(700);
    if (!scenario.locked) await unlockIfLocked(page);
    const file = `target/screenshots/${name}-${lang}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
