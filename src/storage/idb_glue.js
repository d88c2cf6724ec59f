// Kartoteka's IndexedDB glue: the few operations the `idb` crate does not offer, or that must
// run as one JavaScript call to be fast. Rows are {id, <index fields>, payload} where payload is
// the record's JSON text; Rust hands rows over as JSON arrays, one batch of rows per call.

// A write fault armed by tests: the write throws `name` after `after` rows (nothing is written).
let fault = null;

export function setWriteFault(name, after) {
  fault = name ? { name, after } : null;
}

// Applies every op in one readwrite transaction. `ops` is an array of
// [storeName, op, json, bytes] where op is 'put' | 'add' | 'append' | 'delete', json is an
// array of rows {id?, <index fields>, o, l} (keys for 'delete') and bytes holds the rows'
// payloads (UTF-8 JSON) back to back: a row's payload is bytes[o .. o + l]. Payloads are stored
// as ArrayBuffers. Resolves with the transaction's durability after `complete`; rejects with
// the DOMException of the abort. Requests are issued synchronously, so the transaction cannot
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
      for (const [name, op, json, bytes] of ops) {
        const store = tx.objectStore(name);
        const rows = JSON.parse(json);
        for (const row of rows) {
          if (op !== 'delete') {
            row.payload = bytes.slice(row.o, row.o + row.l).buffer;
            delete row.o;
            delete row.l;
          }
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

const encoder = new TextEncoder();

// A payload as bytes: ArrayBuffers as stored; strings (rows from schema version 1) encoded.
function payloadBytes(payload) {
  return typeof payload === 'string' ? encoder.encode(payload) : new Uint8Array(payload);
}

// Joins byte parts into one UTF-8 JSON array: '[' part ',' part … ']'.
function joinBytes(parts) {
  let total = 2 + Math.max(parts.length - 1, 0);
  for (const p of parts) total += p.byteLength;
  const out = new Uint8Array(total);
  let pos = 0;
  out[pos++] = 0x5b;
  parts.forEach((p, i) => {
    if (i > 0) out[pos++] = 0x2c;
    out.set(p, pos);
    pos += p.byteLength;
  });
  out[pos++] = 0x5d;
  return out;
}

const NULL_BYTES = encoder.encode('null');

function joinPayloads(rows) {
  return joinBytes(rows.map((r) => payloadBytes(r.payload)));
}

// Converts the string payloads of schema version 1 to bytes, inside the upgrade transaction.
export function payloadsToBytes(tx, storeNames) {
  for (const name of storeNames) {
    const request = tx.objectStore(name).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return;
      if (typeof cursor.value.payload === 'string') {
        const row = cursor.value;
        row.payload = encoder.encode(row.payload).buffer;
        cursor.update(row);
      }
      cursor.continue();
    };
  }
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

// Every payload of a store, in key order, as UTF-8 JSON arrays of at most `chunk` payloads.
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

// The payloads of the given keys as one UTF-8 JSON array, null where a key is absent.
export async function readKeys(db, storeName, keys) {
  const tx = db.transaction([storeName], 'readonly');
  const store = tx.objectStore(storeName);
  const rows = await Promise.all(keys.map((key) => request(store.get(key))));
  return joinBytes(rows.map((r) => (r === undefined ? NULL_BYTES : payloadBytes(r.payload))));
}

// The payloads whose index equals `value`, as one UTF-8 JSON array.
export async function readIndex(db, storeName, indexName, value) {
  const tx = db.transaction([storeName], 'readonly');
  const rows = await request(tx.objectStore(storeName).index(indexName).getAll(value));
  return joinPayloads(rows);
}

// Journal entries numbered after `seq`, as a UTF-8 JSON array of [seq, payload].
export async function readJournalAfter(db, seq) {
  const tx = db.transaction(['journal'], 'readonly');
  const rows = await request(tx.objectStore('journal').getAll(IDBKeyRange.lowerBound(seq, true)));
  return joinBytes(rows.map((r) => joinBytes([encoder.encode(String(r.seq)), payloadBytes(r.payload)])));
}

// Writes rows exactly as given (no conversion): fixtures of older schema versions.
export function writeRawRows(db, storeName, json) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([storeName], 'readwrite');
    const store = tx.objectStore(storeName);
    for (const row of JSON.parse(json)) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

// How each row of a store keeps its payload: 'bytes' or 'string' (diagnostics and tests).
export async function payloadKinds(db, storeName) {
  const tx = db.transaction([storeName], 'readonly');
  const rows = await request(tx.objectStore(storeName).getAll());
  return rows.map((r) => (typeof r.payload === 'string' ? 'string' : 'bytes'));
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
