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
  // Payloads are sealed (encrypted) before the transaction opens — WebCrypto is asynchronous
  // and a transaction must not wait on anything but its own requests. Writes queue behind one
  // another so they open their transactions in the order they were asked for.
  const sealed = writeQueue.then(() => sealOps(ops));
  writeQueue = sealed.catch(() => {});
  return sealed.then((plain) => runWrite(db, storeNames, durability, plain));
}

let writeQueue = Promise.resolve();

async function sealOps(ops) {
  const out = [];
  for (const [name, op, json, bytes] of ops) {
    const rows = JSON.parse(json);
    if (op !== 'delete') {
      const payloads = rows.map((row) => bytes.slice(row.o, row.o + row.l));
      const stored = await Promise.all(payloads.map((p) => seal(name, p)));
      rows.forEach((row, i) => {
        row.payload = stored[i];
        delete row.o;
        delete row.l;
      });
    }
    out.push([name, op, rows]);
  }
  return out;
}

function runWrite(db, storeNames, durability, ops) {
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
      for (const [name, op, rows] of ops) {
        const store = tx.objectStore(name);
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

// ---- Encryption at rest -------------------------------------------------------------------
// The data key lives only here, in this module's memory, as a non-extractable CryptoKey: it
// never crosses into WebAssembly and is dropped on lock (the page then reloads). Payloads are
// sealed with AES-GCM and a fresh 96-bit IV per write; the store name is the additional data,
// so a payload moved to another store fails to open. A sealed payload is
// [0x00, 'K', '1', iv(12), ciphertext+tag]; JSON text never starts with a zero byte, which is
// how rows written before encryption (or before the first profile) are told apart.

const SEALED = [0x00, 0x4b, 0x31];
const HEADER = SEALED.length + 12;
// The keyring holds the wrapped keys and must be readable before unlocking.
const CLEAR_STORES = new Set(['keyring']);
let dataKey = null;

function isSealed(bytes) {
  return bytes.length >= HEADER && bytes[0] === SEALED[0] && bytes[1] === SEALED[1] && bytes[2] === SEALED[2];
}

async function seal(storeName, bytes) {
  if (!dataKey || CLEAR_STORES.has(storeName)) return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(storeName) },
    dataKey,
    bytes,
  );
  const out = new Uint8Array(HEADER + cipher.byteLength);
  out.set(SEALED, 0);
  out.set(iv, SEALED.length);
  out.set(new Uint8Array(cipher), HEADER);
  return out.buffer;
}

async function unseal(storeName, payload) {
  const bytes = payloadBytes(payload);
  if (!isSealed(bytes)) return bytes;
  if (!dataKey) throw new DOMException('the store is locked', 'KartotekaLocked');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(SEALED.length, HEADER), additionalData: encoder.encode(storeName) },
      dataKey,
      bytes.subarray(HEADER),
    );
    return new Uint8Array(plain);
  } catch (_) {
    throw new DOMException(`a payload in ${storeName} fails its integrity check`, 'KartotekaTampered');
  }
}

function unsealAll(storeName, rows) {
  return Promise.all(rows.map((r) => (r === undefined ? NULL_BYTES : unseal(storeName, r.payload))));
}

const PBKDF2 = 'PBKDF2';

function b64(bytes) {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

// The key-encryption key of a passphrase: PBKDF2-SHA256, non-extractable, AES-KW.
async function passphraseKey(passphrase, salt, iterations) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase), PBKDF2, false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: PBKDF2, hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function unwrapWith(passphrase, salt, wrapped, iterations, extractable) {
  const kek = await passphraseKey(passphrase, unb64(salt), iterations);
  try {
    return await crypto.subtle.unwrapKey('raw', unb64(wrapped), kek, 'AES-KW', 'AES-GCM', extractable, [
      'encrypt',
      'decrypt',
    ]);
  } catch (_) {
    throw new DOMException('wrong passphrase', 'KartotekaWrongPassphrase');
  }
}

async function wrapFor(key, passphrase, iterations) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await passphraseKey(passphrase, salt, iterations);
  const wrapped = await crypto.subtle.wrapKey('raw', key, kek, 'AES-KW');
  return JSON.stringify({ salt: b64(salt), wrapped: b64(wrapped) });
}

// A new random data key wrapped for the first profile; the store is unlocked with it.
// Resolves with {salt, wrapped} as JSON.
export async function createVault(passphrase, iterations) {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const wrapped = await wrapFor(key, passphrase, iterations);
  const { salt, wrapped: w } = JSON.parse(wrapped);
  // Keep only a non-extractable copy in memory.
  dataKey = await unwrapWith(passphrase, salt, w, iterations, false);
  return wrapped;
}

// Unlocks with a profile's passphrase; rejects with KartotekaWrongPassphrase.
export async function unlockVault(passphrase, salt, wrapped, iterations) {
  dataKey = await unwrapWith(passphrase, salt, wrapped, iterations, false);
}

// Wraps the data key for a new profile: the coordinator's passphrase unwraps it (extractable
// only here, for this one wrap), the new passphrase wraps it. Resolves with {salt, wrapped}.
export async function wrapForProfile(passphrase, salt, wrapped, iterations, newPassphrase) {
  const key = await unwrapWith(passphrase, salt, wrapped, iterations, true);
  return wrapFor(key, newPassphrase, iterations);
}

// Forgets the data key.
export function lockVault() {
  dataKey = null;
}

export function vaultUnlocked() {
  return dataKey !== null;
}

// Encrypts rows still in clear (written before the first profile existed), `batch` rows per
// transaction: read a batch, seal it, write it back if the row did not change meanwhile. An
// interruption loses nothing — every batch is one transaction and unsealed rows stay readable;
// the next run continues. Resolves with the number of rows sealed.
let sealFault = null;

// Tests only: the protection run fails after `batches` written batches of store `storeName`.
export function setSealFault(storeName, batches) {
  sealFault = { storeName, batches };
}

export async function sealPlainRows(db, storeNames, batch) {
  if (!dataKey) throw new DOMException('the store is locked', 'KartotekaLocked');
  let sealed = 0;
  for (const name of storeNames) {
    if (CLEAR_STORES.has(name)) continue;
    const keyPath = db.transaction([name], 'readonly').objectStore(name).keyPath;
    let after;
    for (;;) {
      const tx = db.transaction([name], 'readonly');
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const rows = await request(tx.objectStore(name).getAll(range, batch));
      if (rows.length === 0) break;
      after = rows[rows.length - 1][keyPath];
      const plain = rows.filter((r) => !isSealed(payloadBytes(r.payload)));
      if (plain.length === 0) continue;
      for (const row of plain) row.payload = await seal(name, payloadBytes(row.payload));
      if (sealFault && sealFault.storeName === name) {
        if (sealFault.batches === 0) {
          sealFault = null;
          throw new DOMException('fault injected by a test', 'AbortError');
        }
        sealFault.batches -= 1;
      }
      await runWrite(db, [name], 'strict', [[name, 'put', plain]]);
      sealed += plain.length;
    }
  }
  return sealed;
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

async function joinPayloads(storeName, rows) {
  return joinBytes(await unsealAll(storeName, rows));
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
    // Each chunk is decrypted as soon as it is read, while the transaction reads the next one
    // (the next request is made first, synchronously, so the transaction never waits for
    // WebCrypto and cannot commit half-way). The result is given only once it completed.
    tx.oncomplete = () => Promise.all(chunks).then(resolve, reject);
    const next = (after) => {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const req = store.getAll(range, chunk);
      req.onsuccess = () => {
        const rows = req.result;
        if (rows.length === chunk) next(rows[rows.length - 1][keyPath]);
        if (rows.length > 0) {
          const joined = joinPayloads(storeName, rows);
          // Handled by Promise.all above; this keeps an early failure from being reported as
          // unhandled before the transaction completes.
          joined.catch(() => {});
          chunks.push(joined);
        }
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
  return joinBytes(await unsealAll(storeName, rows));
}

// The payloads whose index equals `value`, as one UTF-8 JSON array.
export async function readIndex(db, storeName, indexName, value) {
  const tx = db.transaction([storeName], 'readonly');
  const rows = await request(tx.objectStore(storeName).index(indexName).getAll(value));
  return joinPayloads(storeName, rows);
}

// Journal entries numbered after `seq`, as a UTF-8 JSON array of [seq, payload].
export async function readJournalAfter(db, seq) {
  const tx = db.transaction(['journal'], 'readonly');
  const rows = await request(tx.objectStore('journal').getAll(IDBKeyRange.lowerBound(seq, true)));
  const payloads = await unsealAll('journal', rows);
  return joinBytes(rows.map((r, i) => joinBytes([encoder.encode(String(r.seq)), payloads[i]])));
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

// How each row of a store keeps its payload: 'string', 'bytes' or 'sealed' (diagnostics, tests).
export async function payloadKinds(db, storeName) {
  const tx = db.transaction([storeName], 'readonly');
  const rows = await request(tx.objectStore(storeName).getAll());
  return rows.map((r) => {
    if (typeof r.payload === 'string') return 'string';
    return isSealed(payloadBytes(r.payload)) ? 'sealed' : 'bytes';
  });
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
