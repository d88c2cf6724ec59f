// Registry benchmark: the participant list with 10,000 people — first render (a real click on
// the "Uczestnicy" menu link until the rows are painted), and filter keystroke to next paint — in
// the app and in a vanilla-JS single-page app rendering the same rows the same way (same markup
// and stylesheet, a menu link that pushes the address, windowed the same way, the same
// diacritics-folding search), in the same browser run. Prints medians / p75 and ratios.
//
// Usage: node bench/registry.mjs [people] [rounds]   (needs target/e2e/dist-hooks)
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';

const N = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const DIST = 'target/e2e/dist-hooks';
const QUERY = ['1', '12', '123', '1234', '123', '12', '1', '', 'k', 'ko', 'kow', 'kowa', ''];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const css = readFileSync(join(DIST, readdirSync(DIST).find((f) => f.startsWith('main-') && f.endsWith('.css'))), 'utf8');
const server = await startServer({ root: DIST });
const vanillaDir = mkdtempSync(join(tmpdir(), 'kartoteka-vanilla-'));
writeFileSync(join(vanillaDir, 'index.html'), '<!DOCTYPE html><title>vanilla</title>');
const vanillaServer = await startServer({ root: vanillaDir });
const profile = mkdtempSync(join(tmpdir(), 'kartoteka-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  viewport: { width: 1280, height: 900 },
  locale: 'pl-PL',
  // The harness injects its timing helpers as script tags, which the app's page policy refuses.
  bypassCSP: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await context.newPage();

// Every load of an encrypted Kartoteka opens on the lock screen (the keys live only in the page's
// memory): open the page, then unlock it as the coordinator the set-up created.
const PASSPHRASE = 'zielony rower nad wodą 7';
async function open(path) {
  await page.goto(`${server.url}${path}`);
  await page.getByLabel('Hasło', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Odblokuj' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kartoteka jest zablokowana' }).waitFor({ state: 'hidden' });
}

// The app, set up through its own screens, then seeded with N people.
await page.goto(`${server.url}/start`);
await page.getByRole('radio', { name: /^Centrum Aktywności Lokalnej w Bartoszycach/ }).check();
await page.locator('#person-first-name').fill('Ewa');
await page.locator('#person-last-name').fill('Ślązak');
await page.getByLabel('Hasło', { exact: true }).fill(PASSPHRASE);
await page.getByLabel('Powtórz hasło', { exact: true }).fill(PASSPHRASE);
await page.getByRole('button', { name: 'Utwórz projekt' }).click();
await page.locator('#budget-total').waitFor();
await page.evaluate((n) => window.wasmBindings.e2e_seed_people(n), N);
const rows = await page.evaluate(() => window.wasmBindings.e2e_list_rows());
// The vanilla page renders exactly the app's filter bar (its markup, static) above the table.
await open('/uczestnicy');
await page.locator('.filters').waitFor();
const filterBar = await page.locator('.filters').evaluate((e) => e.outerHTML);
// The vanilla page starts from the same document the app starts from: the app's body (header,
// navigation and the Status page) as static HTML, so both replace the same page under the same
// header and pay the same layout for the document around the list.
await open('/stan');
await page.getByRole('heading', { level: 1, name: 'Stan aplikacji' }).waitFor();
await page.getByText(`Uczestnicy: ${N},`).waitFor();
const statusBody = await page.evaluate(() => document.body.innerHTML.replace(/<script[\s\S]*?<\/script>/g, ''));

// Helpers run in the page: time to the next paint after `action`, once `ready()` holds.
const PAGE_HELPERS = `
  // Resolves after the first paint that shows what ready() waits for. Readiness is noticed by a
  // MutationObserver (a microtask right after the DOM changes), the same way for both pages: a
  // requestAnimationFrame poll would notice the app's rows (inserted in a microtask after the
  // click) only in the next frame's callback and so charge it one frame more than the vanilla
  // page, whose rows exist synchronously. window.domReady holds the time the rows were in the DOM.
  window.untilPainted = (ready) => new Promise((done) => {
    const painted = () => { window.domReady = performance.now(); requestAnimationFrame(() => setTimeout(done, 0)); };
    if (ready()) return painted();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); painted(); } });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  // Times a real click on the "Uczestnicy" menu link (made by the harness with the mouse, which
  // already rests on the link) from the click's dispatch until the rows are painted.
  window.timeNextClick = (ready) => new Promise((done) => {
    addEventListener('click', () => {
      const t0 = performance.now();
      window.untilPainted(ready).then(() => done([performance.now() - t0, window.domReady - t0]));
    }, { capture: true, once: true });
  });
  window.typeAndTime = async (input, texts) => {
    const out = [];
    for (const text of texts) {
      const t0 = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await window.untilPainted(() => true);
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  };`;

async function measureApp() {
  // Start from the light Status page, so the list's own rendering is what is timed.
  await open('/stan');
  await page.getByRole('heading', { level: 1, name: 'Stan aplikacji' }).waitFor();
  // Wait until the records are loaded and the app is idle (its search index built), as when a
  // user opens the list after working elsewhere in the app.
  await page.getByText(`Uczestnicy: ${N},`).waitFor();
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2000 })));
  await page.addScriptTag({ content: PAGE_HELPERS });
  const first = await clickUczestnicy();
  const keys = await page.evaluate((q) => window.typeAndTime(document.querySelector('#search'), q), QUERY);
  return { first: first[0], dom: first[1], keys };
}

// Both pages are opened the way a user opens the list: the mouse moves onto "Uczestnicy" in the
// header (same markup, same place on both pages), rests there, and clicks.
async function clickUczestnicy() {
  const link = page.locator('header a[href="/uczestnicy"]');
  await link.hover();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const timing = page.evaluate(() => window.timeNextClick(() => document.querySelectorAll('.virtual tbody tr:not(.spacer)').length > 0));
  await page.mouse.down();
  await page.mouse.up();
  return timing;
}

const VANILLA = `
  const ROW_H = 44, OVERSCAN = 10;
  const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/ł/g, 'l');
  const terms = (q) => { const f = fold(q.trim()); if (f && /^[0-9 +-]+$/.test(f)) { const d = f.replace(/\\D/g, ''); return d ? [d] : []; } return f.split(/\\s+/).filter(Boolean); };
  const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  let selected = [];
  window.renderList = (all) => {
    document.querySelector('main').innerHTML = \`<section class="page participants"><div class="page-head"><h1>Uczestnicy</h1><a class="button" href="#">Dodaj uczestnika</a></div>
      \${window.filterBar}
      <p class="count"></p><div class="virtual"><table class="list"><thead><tr><th scope="col"><button class="sort">Nazwisko i imię ▲</button></th><th scope="col"><button class="sort">Status rekrutacji</button></th><th scope="col"><button class="sort">Miejscowość</button></th><th scope="col">Telefon kontaktowy</th><th scope="col"><button class="sort">Początek udziału</button></th><th scope="col">Uwagi</th></tr></thead><tbody></tbody></table></div></section>\`;
    const scroller = document.querySelector('.virtual'), tbody = scroller.querySelector('tbody'), count = document.querySelector('p.count');
    const draw = () => {
      const first = Math.floor(scroller.scrollTop / ROW_H), visible = Math.ceil(scroller.clientHeight / ROW_H) + 1;
      const start = Math.max(0, first - OVERSCAN), end = Math.min(selected.length, first + visible + OVERSCAN);
      let html = \`<tr class="spacer" style="height:\${start * ROW_H}px"></tr>\`;
      for (let i = start; i < end; i++) {
        const r = all[selected[i]];
        html += \`<tr><th scope="row"><a href="#">\${esc(r[0])}</a></th><td>\${esc(r[1])}</td><td>\${esc(r[2])}</td><td>\${esc(r[3])}</td><td>\${esc(r[4])}</td><td class="badges">\${r[5] ? r[5].split('|').map((b) => \`<span class="badge">\${esc(b)}</span>\`).join('') : ''}</td></tr>\`;
      }
      html += \`<tr class="spacer" style="height:\${(selected.length - end) * ROW_H}px"></tr>\`;
      tbody.innerHTML = html;
    };
    const filter = (q) => {
      const t = terms(q);
      selected = [];
      for (let i = 0; i < all.length; i++) if (t.every((x) => all[i][6].includes(x))) selected.push(i);
      count.textContent = \`\${selected.length} z \${all.length}\`;
      scroller.scrollTop = 0;
      draw();
    };
    scroller.addEventListener('scroll', draw);
    document.querySelector('#search').addEventListener('input', (e) => filter(e.target.value));
    filter('');
  };
  // A vanilla single-page app opens the list the way the app does: its menu link changes the
  // address with history.pushState and renders the page in place.
  document.querySelector('header a[href="/uczestnicy"]').addEventListener('click', (e) => {
    e.preventDefault();
    history.pushState(null, '', '/uczestnicy');
    window.renderList(window.vanillaRows);
  });`;

async function measureVanilla() {
  // Served from its own origin (no service worker there) so that pushState has a real address.
  await page.goto(`${vanillaServer.url}/stan`);
  await page.setContent(`<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><style>${css}</style></head><body>${statusBody}</body></html>`);
  await page.addScriptTag({ content: PAGE_HELPERS + VANILLA });
  await page.evaluate(([json, bar]) => {
    window.vanillaRows = JSON.parse(json);
    window.filterBar = bar;
  }, [rows, filterBar]);
  const first = await clickUczestnicy();
  const keys = await page.evaluate((q) => window.typeAndTime(document.querySelector('#search'), q), QUERY);
  return { first: first[0], dom: first[1], keys };
}

const results = { app: { first: [], dom: [], keys: [] }, vanilla: { first: [], dom: [], keys: [] } };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['app', 'vanilla'] : ['vanilla', 'app'];
  for (const side of order) {
    const r = side === 'app' ? await measureApp() : await measureVanilla();
    results[side].first.push(r.first);
    results[side].dom.push(r.dom);
    results[side].keys.push(...r.keys);
  }
}
const summary = {
  date: new Date().toISOString().slice(0, 10),
  browser: context.browser()?.version(),
  people: N,
  rounds: ROUNDS,
  first_render_ms: { app: pct(results.app.first, 0.5), vanilla: pct(results.vanilla.first, 0.5) },
  rows_in_dom_ms: { app: pct(results.app.dom, 0.5), vanilla: pct(results.vanilla.dom, 0.5) },
  keystroke_p75_ms: { app: pct(results.app.keys, 0.75), vanilla: pct(results.vanilla.keys, 0.75) },
};
summary.first_render_ratio = +(summary.first_render_ms.app / summary.first_render_ms.vanilla).toFixed(2);
const f = (x) => x.toFixed(1).padStart(7);
console.log(`registry: ${N} people, median of ${ROUNDS} first renders, p75 of ${results.app.keys.length} keystrokes per side`);
console.log(`  first render:        app ${f(summary.first_render_ms.app)} ms, vanilla ${f(summary.first_render_ms.vanilla)} ms, ratio ${summary.first_render_ratio} (goal ≤ 1.3)`);
console.log(`  rows in the DOM:     app ${f(summary.rows_in_dom_ms.app)} ms, vanilla ${f(summary.rows_in_dom_ms.vanilla)} ms (median)`);
console.log(`  keystroke → paint:   app ${f(summary.keystroke_p75_ms.app)} ms, vanilla ${f(summary.keystroke_p75_ms.vanilla)} ms (p75; goal ≤ 50 ms)`);
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/registry.json', JSON.stringify({ summary, results }, null, 2));
await context.close();
await server.close();
await vanillaServer.close();
rmSync(vanillaDir, { recursive: true, force: true });
rmSync(profile, { recursive: true, force: true });
