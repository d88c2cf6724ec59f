// Encrypted hand-off files (see src/codec/sealed.rs for the format): WebCrypto only.
// A random AES-256-GCM file key encrypts the content; it is wrapped with the central office's
// RSA public key (RSA-OAEP, SHA-256) and with the project's hand-off key (AES-KW).

const FORMAT = 'kartoteka-zaszyfrowany';
const VERSION = 1;
const encoder = new TextEncoder();

function b64(bytes) {
  const view = new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < view.length; i += 0x8000) s += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(s);
}

function unb64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

function pemBody(pem) {
  const match = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(pem);
  if (!match) throw new DOMException('not a PEM public key', 'KartotekaBadOfficeKey');
  return unb64(match[1].replace(/\s+/g, ''));
}

async function officeKey(pem) {
  const der = pemBody(pem);
  try {
    const key = await crypto.subtle.importKey('spki', der, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['wrapKey']);
    if (key.algorithm.modulusLength < 2048) throw new Error('short');
    const digest = await crypto.subtle.digest('SHA-256', der);
    const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    return { key, hex };
  } catch (_) {
    throw new DOMException('not an RSA public key of at least 2048 bits', 'KartotekaBadOfficeKey');
  }
}

// SHA-256 of the office key (SPKI), hex; rejects with KartotekaBadOfficeKey.
export async function officeKeyFingerprint(pem) {
  return (await officeKey(pem)).hex;
}

// The project's hand-off key from its passphrase: PBKDF2-SHA256, salt bound to the project.
// Resolves with the raw key, base64 (kept only in the encrypted store of this laptop).
export async function deriveProjectKey(passphrase, project, iterations) {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: encoder.encode(`kartoteka-przekazanie/${project}`), iterations },
    base,
    256,
  );
  return b64(bits);
}

function projectKek(projectKey) {
  return crypto.subtle.importKey('raw', unb64(projectKey), 'AES-KW', false, ['wrapKey', 'unwrapKey']);
}

// Seals `bytes` as a hand-off file; resolves with the wrapper's JSON text.
export async function sealFile(bytes, fileName, mime, project, officePem, projectKey) {
  const office = await officeKey(officePem);
  const fileKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const additionalData = encoder.encode(`${FORMAT}/${VERSION}/${fileName}`);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, fileKey, bytes);
  const forOffice = await crypto.subtle.wrapKey('raw', fileKey, office.key, { name: 'RSA-OAEP' });
  const forProject = await crypto.subtle.wrapKey('raw', fileKey, await projectKek(projectKey), 'AES-KW');
  return JSON.stringify({
    format: FORMAT,
    version: VERSION,
    file_name: fileName,
    mime,
    project,
    cipher: 'AES-256-GCM',
    iv: b64(iv),
    office: { alg: 'RSA-OAEP-256', key_sha256: office.hex, key: b64(forOffice) },
    project_key: { alg: 'AES-KW', key: b64(forProject) },
    ciphertext: b64(ciphertext),
  });
}

// Opens a wrapper (parsed JSON text) with the project's hand-off key; resolves with the bytes.
// Rejects with KartotekaWrongPassphrase (another project key) or KartotekaTampered.
export async function openFile(json, projectKey) {
  const file = JSON.parse(json);
  let fileKey;
  try {
    fileKey = await crypto.subtle.unwrapKey('raw', unb64(file.project_key.key), await projectKek(projectKey), 'AES-KW', 'AES-GCM', false, ['decrypt']);
  } catch (_) {
    throw new DOMException('the hand-off key does not open this file', 'KartotekaWrongPassphrase');
  }
  try {
    const additionalData = encoder.encode(`${FORMAT}/${file.version}/${file.file_name}`);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: unb64(file.iv), additionalData }, fileKey, unb64(file.ciphertext));
    return new Uint8Array(plain);
  } catch (_) {
    throw new DOMException('the file fails its integrity check', 'KartotekaTampered');
  }
}
