// CSV export benchmark: 50,000 attendance rows (the long attendance export) written by the app's
// CSV codec (Rust → wasm, Excel (PL) preset: BOM, `;`, CRLF, inert formulas) and by Papa Parse's
// `unparse` with the same settings (`;`, CRLF, escapeFormulae) plus TextEncoder to UTF-8 bytes,
// in the same page, alternating order. Rows are built once per side, outside the timing.
//
// Usage: node bench/csv.mjs [rows] [rounds]   (needs target/e2e/dist-hooks)
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startServer } from '../tests/e2e/server.mjs';

const N = Number(process.argv[2] ?? 50_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer({ root: 'target/e2e/dist-hooks' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
// Papa Parse is injected as a script tag, which the app's page policy refuses.
const page = await browser.newPage({ bypassCSP: true });
await page.goto(`${server.url}/stan`);
await page.waitForFunction(() => window.wasmBindings?.e2e_bench_csv_rows);
await page.addScriptTag({ content: readFileSync('node_modules/papaparse/papaparse.min.js', 'utf8') });
await page.evaluate((n) => {
  const [header, rows] = JSON.parse(window.wasmBindings.e2e_bench_csv_rows(n));
  window.benchTable = [header, ...rows];
}, N);

const results = { app: [], papa: [], bytes: {} };
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? ['app', 'papa'] : ['papa', 'app'];
  for (const side of order) {
    const r = await page.evaluate((side) => {
      const t0 = performance.now();
      let bytes;
      if (side === 'app') {
        bytes = window.wasmBindings.e2e_bench_csv_write();
      } else {
        const text = '\uFEFF' + window.Papa.unparse(window.benchTable, { delimiter: ';', newline: '\r\n', escapeFormulae: true });
        bytes = new TextEncoder().encode(text).length;
      }
      return { ms: performance.now() - t0, bytes };
    }, side);
    results[side].push(r.ms);
    results.bytes[side] = r.bytes;
  }
}
const summary = {
  date: new Date().toISOString().slice(0, 10),
  browser: browser.version(),
  rows: N,
  rounds: ROUNDS,
  median_ms: { app: median(results.app), papa: median(results.papa) },
  bytes: results.bytes,
};
summary.throughput_ratio = +(summary.median_ms.papa / summary.median_ms.app).toFixed(2);
console.log(`csv export: ${N} attendance rows, median of ${ROUNDS}`);
console.log(`  app ${summary.median_ms.app.toFixed(1)} ms (${results.bytes.app} B), Papa Parse ${summary.median_ms.papa.toFixed(1)} ms (${results.bytes.papa} B)`);
console.log(`  throughput ours / Papa Parse: ${summary.throughput_ratio}× (goal ≥ 1.0)`);
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/csv.json', JSON.stringify({ summary, results }, null, 2));
await browser.close();
await server.close();
