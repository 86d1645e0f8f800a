// The grid worker's service worker: pages network first with the last copy as fallback (marked with an
// offline banner), static files stale-while-revalidate. Only pages rendered for the worker with masked
// personal data are kept; nothing is written here: writes go through the page's outbox.
const PAGES = 'redgrid-pages-v1';
const ASSETS = 'redgrid-assets-v1';
const KEPT_PAGES = [/^\/$/, /^\/tasks$/, /^\/visits$/, /^\/cases\/\d+$/, /^\/report$/, /^\/outbox$/];
const ASSET_PATHS = [/^\/css\//, /^\/js\//, /^\/webjars\//, /^\/pwa\//, /^\/assets\//, /^\/static\//];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil(self.clients.claim()));

self.addEventListener('message', event => {
  const data = event.data || {};
  if (data.type === 'forget') event.waitUntil(caches.delete(PAGES));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (ASSET_PATHS.some(path => path.test(url.pathname))) {
    event.respondWith(staleWhileRevalidate(request));
  } else if (request.mode === 'navigate' && KEPT_PAGES.some(path => path.test(url.pathname))) {
    event.respondWith(networkFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => offline()));
  }
});

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  } catch (error) {
    const cached = await caches.match(request, {cacheName: PAGES});
    return cached ? withBanner(cached) : offline();
  }
}

/** A page not kept: the outbox page (what waits to be sent) under the banner, or a bare notice. */
async function offline() {
  const outbox = await caches.match('/outbox', {cacheName: PAGES});
  if (outbox) return withBanner(outbox);
  return new Response('<!DOCTYPE html><meta charset="utf-8"><p>离线 / offline</p>', {
    status: 503, headers: {'Content-Type': 'text/html; charset=utf-8'}});
}

/** Keeps a whole page the worker was shown (not a login redirect, not an error), stamped with its time. */
async function keep(request, response) {
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok || response.redirected || !type.startsWith('text/html')) return;
  const headers = new Headers(response.headers);
  headers.set('X-Fetched-At', String(Date.now()));
  const body = await response.blob();
  const cache = await caches.open(PAGES);
  await cache.put(request, new Response(body, {status: response.status, headers}));
}

async function withBanner(cached) {
  const at = new Date(Number(cached.headers.get('X-Fetched-At')) || Date.now());
  const time = String(at.getHours()).padStart(2, '0') + ':' + String(at.getMinutes()).padStart(2, '0');
  const banner = '<div class="offline-banner" role="status" id="offline-banner">离线 / offline — last updated '
      + time + '</div>';
  const html = (await cached.text()).replace(/<body([^>]*)>/, match => match + banner);
  return new Response(html, {status: 200, headers: {'Content-Type': 'text/html; charset=utf-8'}});
}

async function staleWhileRevalidate(request) {
  const cache = await caches.open(ASSETS);
  const cached = await cache.match(request);
  const fresh = fetch(request)
      .then(response => {
        if (response.ok) cache.put(request, response.clone());
        return response;
      })
      .catch(() => cached);
  return cached || fresh;
}
