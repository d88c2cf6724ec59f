// Trunk post-build hook: adds the Content-Security-Policy to index.html, then writes the
// precache list and the cache version into sw.js.
//
// The list is every file Trunk staged except sw.js itself; the version is a SHA-256 over each
// file's path and bytes, so any change to what ships gives a new cache name and a new worker.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('precache.mjs: TRUNK_STAGING_DIR is not set; run it as a Trunk post_build hook');
  process.exit(1);
}

// The page policy. Scripts: the app's own files, WebAssembly compilation, and Trunk's inline
// loader by its SHA-256 (computed here, so no other inline script can run). Styles: the app's
// own stylesheet only (the UI sets sizes through the CSSOM, never a style attribute). Images: the
// app's own, and blob:/data: for the uploaded logo strip. Nothing may be fetched from, framed by
// or submitted to another origin.
async function addContentSecurityPolicy() {
  const path = join(staging, 'index.html');
  const html = await readFile(path, 'utf8');
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "connect-src 'self'",
    "font-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error('index.html already has a policy');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const out = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
  if (out === html) throw new Error('index.html lacks <meta charset="utf-8" />');
  await writeFile(path, out);
  console.log(`precache.mjs: Content-Security-Policy with ${hashes.length} inline script hash(es)`);
}

await addContentSecurityPolicy();

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}

const files = (await walk(staging))
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js')
  .sort();

const hash = createHash('sha256');
for (const path of files) {
  hash.update(path);
  hash.update('\0');
  hash.update(await readFile(join(staging, path)));
  hash.update('\0');
}
const version = hash.digest('hex').slice(0, 16);

const swPath = join(staging, 'sw.js');
const template = await readFile(swPath, 'utf8');
if (!template.includes('__PRECACHE_LIST__') || !template.includes('__CACHE_VERSION__')) {
  console.error('precache.mjs: sw.js lacks the __PRECACHE_LIST__ / __CACHE_VERSION__ placeholders');
  process.exit(1);
}
const worker = template
  .replace('__CACHE_VERSION__', version)
  .replace("'__PRECACHE_LIST__'", JSON.stringify(files, null, 2));
await writeFile(swPath, worker);
console.log(`precache.mjs: ${files.length} files, cache version ${version}`);
