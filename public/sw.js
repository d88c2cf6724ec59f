// Kartoteka's service worker: precaches the app shell so the app starts without a network.
//
// The precache list and cache version are written at build time by scripts/precache.mjs.
// A new version installs and then waits: it takes over only when the page sends SKIP_WAITING
// after the user clicked "Zaktualizuj teraz" — never skipWaiting() on install.
'use strict';

const CACHE_PREFIX = 'kartoteka-shell-';
const CACHE_NAME = CACHE_PREFIX + '__CACHE_VERSION__';
const PRECACHE = '__PRECACHE_LIST__';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE_NAME).then((cache) =>
      // `cache: 'reload'` bypasses the HTTP cache so a new version never caches an old file.
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') {
    self.skipWaiting();
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the single-page app is index.html; serve the cached shell first.
    event.respondWith(
      caches
        .open(CACHE_NAME)
        .then((cache) => cache.match('index.html'))
        .then((cached) => cached || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.match(request))
      .then((cached) => cached || fetch(request)),
  );
});
