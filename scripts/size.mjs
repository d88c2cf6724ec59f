// Prints the shipped bytes of a build directory: HTML, JS, wasm and CSS, raw, gzip and brotli.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const shipped = new Set(['.html', '.js', '.wasm', '.css']);
const rows = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (shipped.has(extname(name)) && name !== 'sw.js') rows.push(path);
  }
};
walk(dir);
rows.sort();
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
let total = [0, 0, 0];
console.log('file'.padEnd(48) + 'raw'.padStart(11) + 'gzip'.padStart(11) + 'brotli'.padStart(11));
for (const path of rows) {
  const bytes = readFileSync(path);
  const sizes = [
    bytes.length,
    gzipSync(bytes, { level: 9 }).length,
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ];
  total = total.map((t, i) => t + sizes[i]);
  console.log(path.slice(dir.length + 1).padEnd(48) + sizes.map(kb).join(' '));
}
console.log('total'.padEnd(48) + total.map(kb).join(' '));
