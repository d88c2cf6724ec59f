// Kartoteka's IndexedDB glue: the few operations the `idb` crate does not offer, or that must
// run as one JavaScript call to be fast. Rows are {id, <index fields>, payload} where payload is
// the record's JSON text; Rust hands rows over as JSON arrays, one batch of rows per call.

// A write fault armed by tests: the write throws `name` after `after` rows (nothing is written).
let fault = null;

export function setWriteFault(name, after) {
  fault = name ? { name, after } : null;
}

// Applies every op in one readwrite transaction. `ops` is an array of [storeName, op, json]
// where op is 'put' | 'add' | 'append' | 'delete' and json is an array of rows (keys for
// 'delete'). Resolves with the transaction's durability after `complete`; rejects with the
// DOMException of the abort. Requests are issued synchronously, so the transaction cannot
// auto-commit half-way.
export function writeOps(db, storeNames, durability, ops) {
  return new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction(storeNames, 'readwrite', { durability });
    } catch (err) {
      reject(err);
      return;
    }
    let failure = null;
    tx.oncomplete = () => resolve(tx.durability ?? 'default');
    tx.onabort = () => reject(failure ?? tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    try {
      let written = 0;
      for (const [name, op, json] of ops) {
        const store = tx.objectStore(name);
        const rows = JSON.parse(json);
        for (const row of rows) {
          if (fault && written >= fault.after) {
            const name = fault.name;
            fault = null;
            throw new DOMException('fault injected by a test', name);
          }
          if (op === 'delete') store.delete(row);
          else if (op === 'add') store.add(row);
          else store.put(row);
          written += 1;
        }
      }
    } catch (err) {
      failure = err;
      try {
        tx.abort();
      } catch (_) {
        // Already finished: onabort/oncomplete reports it.
      }
    }
  });
}

function joinPayloads(rows) {
  return '[' + rows.map((r) => r.payload).join(',') + ']';
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// Every payload of a store, in key order, as JSON arrays of at most `chunk` payloads each.
export function readAll(db, storeName, chunk) {
  return new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction([storeName], 'readonly');
    } catch (err) {
      reject(err);
      return;
    }
    const store = tx.objectStore(storeName);
    const keyPath = store.keyPath;
    const chunks = [];
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
    tx.oncomplete = () => resolve(chunks);
    const next = (after) => {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const req = store.getAll(range, chunk);
      req.onsuccess = () => {
        const rows = req.result;
        if (rows.length > 0) chunks.push(joinPayloads(rows));
        if (rows.length === chunk) next(rows[rows.length - 1][keyPath]);
      };
    };
    next(undefined);
  });
}

// The payloads of the given keys as one JSON array, null where a key is absent.
export async function readKeys(db, storeName, keys) {
  const tx = db.transaction([storeName], 'readonly');
  const store = tx.objectStore(storeName);
  const rows = await Promise.all(keys.map((key) => request(store.get(key))));
  return '[' + rows.map((r) => (r === undefined ? 'null' : r.payload)).join(',') + ']';
}

// The payloads whose index equals `value`, as one JSON array.
export async function readIndex(db, storeName, indexName, value) {
  const tx = db.transaction([storeName], 'readonly');
  const rows = await request(tx.objectStore(storeName).index(indexName).getAll(value));
  return joinPayloads(rows);
}

// Journal entries numbered after `seq`, as a JSON array of [seq, payload].
export async function readJournalAfter(db, seq) {
  const tx = db.transaction(['journal'], 'readonly');
  const rows = await request(tx.objectStore('journal').getAll(IDBKeyRange.lowerBound(seq, true)));
  return '[' + rows.map((r) => '[' + r.seq + ',' + r.payload + ']').join(',') + ']';
}

// Resolves with a function that releases the Web Lock `name` once it is held in `mode`
// ('shared' or 'exclusive'). Without the Web Locks API it resolves at once (one tab only).
export function acquireLock(name, mode) {
  if (!globalThis.navigator || !navigator.locks) return Promise.resolve(() => {});
  return new Promise((acquired, failed) => {
    navigator.locks
      .request(name, { mode }, () => new Promise((release) => acquired(release)))
      .catch(failed);
  });
}
