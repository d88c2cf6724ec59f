import { test, expect } from './fixtures';
import { Hooks } from './pages/hooks';
import { launchRealChromium, newProfileDir, removeProfileDir } from './real_chromium';
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

declare global {
  interface Window {
    acked: [string, string][];
  }
}

const KILLS = 20;

/** What Chromium logs when it found its IndexedDB store damaged on opening and deleted it. */
const DISCARDED = /IndexedDB recovering from a corrupted \(and deleted\) database/g;

/**
 * Waits until the browser wrote the app's record of its database ("kartoteka.store" in
 * localStorage) to disk: Chromium writes localStorage to its own store a few seconds after the
 * page set it, and a kill before that loses it. (The app sets it on its first start.)
 */
async function storeMarkerOnDisk(profile: string) {
  const dir = join(profile, 'Default', 'Local Storage', 'leveldb');
  for (let i = 0; i < 300; i++) {
    const files = (() => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    })();
    if (files.some((f) => (f.endsWith('.log') || f.endsWith('.ldb')) && readFileSync(join(dir, f)).includes('kartoteka.store'))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Chromium did not write localStorage to disk within 30 s');
}

function discardsLogged(profile: string): number {
  return (readFileSync(join(profile, 'chromium.log'), 'utf8').match(DISCARDED) ?? []).length;
}

async function storedNames(hooks: Hooks): Promise<Map<string, string>> {
  const data = JSON.parse(await hooks.stored());
  return new Map(data.participants.map((p: { id: string; first_name: string }) => [p.id, p.first_name]));
}

test(`every acknowledged save survives the whole browser being killed (${KILLS} kills)`, async ({ hooksServer }) => {
  test.setTimeout(300_000);
  const profile = newProfileDir();
  const acknowledged = new Map<string, string>();
  let total = 0;
  let discards = 0;
  try {
    for (let round = 0; round <= KILLS; round++) {
      const chromium = await launchRealChromium(profile);
      try {
        const page = chromium.page;
        const hooks = new Hooks(page);
        await page.goto(`${hooksServer.url}/stan`);
        await hooks.ready();
        if (round === 0) await storeMarkerOnDisk(profile);

        // Every save acknowledged before any earlier kill is present and whole.
        let stored = await storedNames(hooks);
        if (stored.size < acknowledged.size) {
          // Evidence for the report: what Chromium's IndexedDB store holds and what its LevelDB
          // log and its own log say about this start.
          const evidence = execSync(
            `ls -la --time-style=full-iso "${profile}/Default/IndexedDB/"* 2>&1; ` +
              `for f in "${profile}"/Default/IndexedDB/*/LOG*; do echo "== $f"; cat "$f"; done 2>&1; ` +
              `echo "== Chromium's log"; grep -i -E "indexeddb|leveldb|corrupt|quota|storage" "${profile}/chromium.log" | tail -50`,
          ).toString();
          await test.info().attach(`indexeddb-after-kill-${round}`, { body: evidence, contentType: 'text/plain' });
          console.log(`kill ${round}: ${stored.size} of ${acknowledged.size} stored\n${evidence}`);
          // Rarely (about once in 500 kills here) Chromium finds its LevelDB store damaged by the
          // kill ("checksum mismatch") and deletes the whole database. No page can prevent that;
          // Kartoteka must not then pass for a new computer, but say that the data is gone and
          // how to get it back. Any other shortfall fails below.
          const logged = discardsLogged(profile);
          if (stored.size === 0 && logged > discards) {
            discards = logged;
            await expect(page.getByRole('heading', { level: 1, name: /^(Dane Kartoteki zniknęły z tej przeglądarki|Kartoteka's data is gone from this browser)$/ })).toBeVisible();
            await page.getByRole('button', { name: /^(Rozumiem, przejdź dalej|I understand, continue)$/ }).click();
            test.info().annotations.push({ type: 'store discarded by Chromium', description: `at the start after kill ${round}; ${acknowledged.size} saves gone, reported by the app` });
            acknowledged.clear();
            stored = await storedNames(hooks);
          }
        }
        expect(stored.size, `stored people after kill ${round}`).toBeGreaterThanOrEqual(acknowledged.size);
        for (const [id, name] of acknowledged) {
          expect(stored.get(id), `acknowledged ${name} (${id}) survives kill ${round}`).toBe(name);
        }
        if (round === KILLS) break;

        // Save one record after another; the page lists each id once its save resolved.
        await page.evaluate((round) => {
          window.acked = [];
          (async () => {
            for (let i = 0; ; i++) {
              const name = `Kill${round}-${i}`;
              const id = await window.wasmBindings.e2e_save_person(name);
              window.acked.push([id, name]);
            }
          })();
        }, round);
        const killAt = Date.now() + 150 + Math.random() * 900;
        let seen: [string, string][] = [];
        while (Date.now() < killAt) {
          seen = await page.evaluate(() => window.acked.slice());
        }
        seen = await page.evaluate(() => window.acked.slice());
        await chromium.kill();
        for (const [id, name] of seen) acknowledged.set(id, name);
        total += seen.length;
      } finally {
        await chromium.close();
      }
    }
    // The test proves something only if saves were acknowledged before the kills.
    expect(total).toBeGreaterThan(KILLS * 5);
    console.log(
      `kill test: ${total} acknowledged saves after ${KILLS} kills, all present` +
        (discards ? ` except those in the store Chromium discarded ${discards}× (the app reported it)` : ''),
    );
  } finally {
    removeProfileDir(profile);
  }
});

test('a store Chromium finds damaged and deletes is reported, not taken for a new computer', async ({ hooksServer }) => {
  const profile = newProfileDir();
  try {
    let chromium = await launchRealChromium(profile);
    let hooks = new Hooks(chromium.page);
    await chromium.page.goto(`${hooksServer.url}/stan`);
    await hooks.ready();
    for (let i = 0; i < 20; i++) await chromium.page.evaluate((n) => window.wasmBindings.e2e_save_person(n), `Uszkodzony${i}`);
    expect((await storedNames(hooks)).size).toBe(20);
    await storeMarkerOnDisk(profile);
    await chromium.kill();
    await chromium.close();

    // Damage the middle of LevelDB's write-ahead log, as a write cut off by a crash can.
    const dir = readdirSync(join(profile, 'Default', 'IndexedDB')).find((d) => d.endsWith('.indexeddb.leveldb'))!;
    const logFile = readdirSync(join(profile, 'Default', 'IndexedDB', dir)).find((f) => f.endsWith('.log'))!;
    const path = join(profile, 'Default', 'IndexedDB', dir, logFile);
    const bytes = readFileSync(path);
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 64; i++) bytes[i] ^= 0xff;
    writeFileSync(path, bytes);

    chromium = await launchRealChromium(profile);
    hooks = new Hooks(chromium.page);
    await chromium.page.goto(`${hooksServer.url}/stan`);
    await expect(chromium.page.getByRole('heading', { level: 1, name: /^(Dane Kartoteki zniknęły z tej przeglądarki|Kartoteka's data is gone from this browser)$/ })).toBeVisible();
    expect(discardsLogged(profile), 'Chromium deleted the damaged store').toBe(1);
    await chromium.close();
  } finally {
    removeProfileDir(profile);
  }
});
