// A small static server for the e2e tests: serves a build directory on 127.0.0.1 with the right
// MIME types and the single-page fallback to index.html. Tests start their own instances so they
// can stop them (a really absent network) or switch the served build (an update deployed).
//
// CLI: node tests/e2e/server.mjs --root dist --port 4173
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Starts a server; resolves to { url, port, setRoot(dir), close() }. */
export async function startServer({ root, port = 0, host = '127.0.0.1' }) {
  let base = resolve(root);
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(base, path);
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        // Single-page app: unknown paths without an extension get the shell.
        if (extname(path) === '') {
          file = join(base, 'index.html');
        } else {
          res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
          return;
        }
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    setRoot(dir) {
      base = resolve(dir);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((ok) => server.close(() => ok()));
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  // No top-level await: the Playwright fixtures import this module from CommonJS.
  startServer({ root: arg('root', 'dist'), port: Number(arg('port', '4173')) }).then((server) =>
    console.log(`serving ${arg('root', 'dist')} on ${server.url}`),
  );
}
