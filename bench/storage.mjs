// Storage benchmark: bulk import of N participants in one transaction and loading them all,
// through Kartoteka's repository (Rust → JSON batches → IndexedDB, and back into Rust structs)
// against raw JavaScript IndexedDB doing the same work (objects in, objects out), in the same
// browser run, alternating, on a real on-disk profile; and the repository again with every payload
// encrypted (AES-GCM, as on a computer protected by profiles). Prints medians and ratios.
//
// Usage: node bench/storage.mjs [N] [rounds]   (needs target/e2e/dist-hooks; `make bench` builds it)
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/server.mjs';

const N = Number(process.argv[2] ?? 50_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer({ root: 'target/e2e/dist-hooks' });
const profile = mkdtempSync(join(tmpdir(), 'kartoteka-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await context.newPage();
await page.goto(`${server.url}/stan`);
await page.waitForFunction(() => typeof window.wasmBindings?.e2e_bench_repo === 'function');
const browserVersion = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));

// The same records for both sides, generated once by the app's own code.
await page.evaluate((n) => {
  window.benchJson = window.wasmBindings.e2e_bench_records(n);
}, N);
const bytes = await page.evaluate(() => window.benchJson.length);

async function ours(round, sealed = false) {
  return page.evaluate(([name, sealed]) => window.wasmBindings.e2e_bench_repo(name, window.benchJson, sealed), [`bench-repo-${round}${sealed ? '-sealed' : ''}`, sealed]);
}

async function baseline(round) {
  return page.evaluate(async (name) => {
    const records = JSON.parse(window.benchJson);
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('participants', { keyPath: 'id' });
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const t0 = performance.now();
    await new Promise((ok, fail) => {
      const tx = db.transaction(['participants'], 'readwrite', { durability: 'strict' });
      const store = tx.objectStore('participants');
      for (const r of records) store.put(r);
      tx.oncomplete = ok;
      tx.onabort = () => fail(tx.error);
    });
    const t1 = performance.now();
    const loaded = await new Promise((ok, fail) => {
      const req = db.transaction(['participants'], 'readonly').objectStore('participants').getAll();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const t2 = performance.now();
    if (loaded.length !== records.length) throw new Error('baseline lost records');
    db.close();
    await new Promise((ok) => {
      const del = indexedDB.deleteDatabase(name);
      del.onsuccess = del.onerror = del.onblocked = ok;
    });
    return [t1 - t0, t2 - t1];
  }, `bench-raw-${round}`);
}

const results = { ours: [], sealed: [], baseline: [] };
for (let round = 0; round < ROUNDS; round++) {
  // Rotate the order so no side always runs on a warmer browser.
  const runs = [
    async () => results.ours.push(await ours(round)),
    async () => results.sealed.push(await ours(round, true)),
    async () => results.baseline.push(await baseline(round)),
  ];
  for (let i = 0; i < runs.length; i++) await runs[(i + round) % runs.length]();
}
const summary = {
  date: new Date().toISOString().slice(0, 10),
  browser: browserVersion,
  records: N,
  json_mb: +(bytes / 1e6).toFixed(1),
  rounds: ROUNDS,
  import_ms: { ours: median(results.ours.map((r) => r[0])), sealed: median(results.sealed.map((r) => r[0])), baseline: median(results.baseline.map((r) => r[0])) },
  load_ms: { ours: median(results.ours.map((r) => r[1])), sealed: median(results.sealed.map((r) => r[1])), baseline: median(results.baseline.map((r) => r[1])) },
};
summary.import_ratio = +(summary.import_ms.ours / summary.import_ms.baseline).toFixed(2);
summary.load_ratio = +(summary.load_ms.ours / summary.load_ms.baseline).toFixed(2);
summary.sealed_import_ratio = +(summary.import_ms.sealed / summary.import_ms.baseline).toFixed(2);
summary.sealed_load_ratio = +(summary.load_ms.sealed / summary.load_ms.baseline).toFixed(2);
const fmt = (x) => Math.round(x).toString().padStart(6);
console.log(`storage: ${N} participants (${summary.json_mb} MB JSON), ${browserVersion}, median of ${ROUNDS}`);
console.log(`  import: ours ${fmt(summary.import_ms.ours)} ms, raw JS ${fmt(summary.import_ms.baseline)} ms, ratio ${summary.import_ratio} (goal ≤ 1.5)`);
console.log(`  load:   ours ${fmt(summary.load_ms.ours)} ms, raw JS ${fmt(summary.load_ms.baseline)} ms, ratio ${summary.load_ratio} (goal ≤ 2)`);
console.log(`  encrypted (a protected computer): import ${fmt(summary.import_ms.sealed)} ms (${summary.sealed_import_ratio}×), load ${fmt(summary.load_ms.sealed)} ms (${summary.sealed_load_ratio}×)`);
mkdirSync('target/bench', { recursive: true });
writeFileSync('target/bench/storage.json', JSON.stringify({ summary, results }, null, 2));
await context.close();
await server.close();
rmSync(profile, { recursive: true, force: true });
