// A raw look at the app's IndexedDB, as an attacker with the disk would have it.
import type { Page } from '@playwright/test';

/** Every value in every store of the app's database, as text (byte payloads decoded). */
export async function rawDump(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const r = indexedDB.open('kartoteka');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const decoder = new TextDecoder();
    const text = (v: unknown): unknown => {
      if (v instanceof ArrayBuffer) return decoder.decode(v);
      if (ArrayBuffer.isView(v)) return decoder.decode(v as Uint8Array);
      if (Array.isArray(v)) return v.map(text);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, text(x)]));
      return v;
    };
    const out: unknown[] = [];
    for (const name of Array.from(db.objectStoreNames)) {
      const rows: unknown[] = await new Promise((ok, fail) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      out.push(name, rows.map(text));
    }
    db.close();
    return JSON.stringify(out);
  });
}

