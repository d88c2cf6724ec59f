import { test, expect } from './fixtures';
import { Hooks } from './pages/hooks';
import { launchRealChromium, newProfileDir, removeProfileDir } from './real_chromium';
import { execSync } from 'node:child_process';

declare global {
  interface Window {
    acked: [string, string][];
  }
}

const KILLS = 20;

async function storedNames(hooks: Hooks): Promise<Map<string, string>> {
  const data = JSON.parse(await hooks.stored());
  return new Map(data.participants.map((p: { id: string; first_name: string }) => [p.id, p.first_name]));
}

test(`every acknowledged save survives the whole browser being killed (${KILLS} kills)`, async ({ hooksServer }) => {
  test.setTimeout(300_000);
  const profile = newProfileDir();
  const acknowledged = new Map<string, string>();
  try {
    for (let round = 0; round <= KILLS; round++) {
      const chromium = await launchRealChromium(profile);
      try {
        const page = chromium.page;
        const hooks = new Hooks(page);
        await page.goto(`${hooksServer.url}/stan`);
        await hooks.ready();

        // Every save acknowledged before any earlier kill is present and whole.
        const stored = await storedNames(hooks);
        if (stored.size < acknowledged.size) {
          // Evidence for the report: what Chromium's IndexedDB store holds and what its LevelDB
          // log says about this start (a store recreated after damage is visible there).
          const evidence = execSync(
            `ls -la --time-style=full-iso "${profile}/Default/IndexedDB/"* 2>&1; ` +
              `for f in "${profile}"/Default/IndexedDB/*/LOG*; do echo "== $f"; cat "$f"; done 2>&1; ` +
              `echo "== Chromium's log"; grep -i -E "indexeddb|leveldb|corrupt|quota|storage" "${profile}/chromium.log" | tail -50`,
          ).toString();
          await test.info().attach(`indexeddb-after-kill-${round}`, { body: evidence, contentType: 'text/plain' });
          console.log(`kill ${round}: ${stored.size} of ${acknowledged.size} stored\n${evidence}`);
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
      } finally {
        await chromium.close();
      }
    }
    // The test proves something only if saves were acknowledged before the kills.
    expect(acknowledged.size).toBeGreaterThan(KILLS * 5);
    console.log(`kill test: ${acknowledged.size} acknowledged saves, all present after ${KILLS} kills`);
  } finally {
    removeProfileDir(profile);
  }
});
