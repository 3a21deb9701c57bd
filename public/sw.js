/*
 * The site's service worker: once a person has opened the site, it keeps working with a
 * weak connection or none (a classroom with poor Wi-Fi, a phone on the bus).
 *
 * - Install: saves this build's files (BUILD.files: the CSS and island JavaScript, every
 *   presentation, the key-words page, the search index and the offline page). The list and
 *   the version are written into dist/sw.js by the build (src/integrations/service-worker.ts).
 * - Pages: the network first; when it is slow (WAIT_MS) or down, the copy saved when the
 *   page was last opened; failing that, the offline page. Every page that loads is saved.
 * - Files in the list: the saved copy (they belong to this build, so they are current).
 * - A new build has a new version: on activation its caches replace the old ones.
 */

// Replaced at build time with this build's version and the addresses to pre-cache.
const BUILD = { version: 'dev', files: [] };

const PREFIX = 'careers-';
const SHELL = `${PREFIX}shell-${BUILD.version}`;
const PAGES = `${PREFIX}pages-${BUILD.version}`;
const OFFLINE = '/offline/';
/** How long a page may take from the network before a saved copy is shown instead. */
const WAIT_MS = 4000;
/** Saved pages kept at most; the ones opened longest ago go first. */
const MAX_PAGES = 150;
const precached = new Set(BUILD.files);

/** A page's cache key: its address without the query or hash (every page is static). */
function pageKey(href) {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      // 'reload': straight from the server, never an older copy from the HTTP cache.
      .then((cache) => cache.addAll(BUILD.files.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL, PAGES]);
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && !keep.has(name)) await caches.delete(name);
      await self.clients.claim();
      // The page that registered this worker loaded before it could be saved: save it now.
      const pages = await caches.open(PAGES);
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        const key = pageKey(client.url);
        if (new URL(key).origin === self.location.origin && !(await caches.match(key))) await pages.add(key).catch(() => undefined);
      }
    })(),
  );
});

async function savePage(key, response) {
  const cache = await caches.open(PAGES);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
}

/** Network first, then the saved copy, then the offline page. */
function page(event) {
  const key = pageKey(event.request.url);
  const network = fetch(event.request).then((response) => {
    const saving = response.ok && response.type === 'basic' ? savePage(key, response.clone()) : Promise.resolve();
    return { response, saving };
  });
  event.waitUntil(network.then((n) => n.saving).catch(() => undefined));
  const fresh = network.then((n) => n.response);
  const slow = new Promise((resolve) => setTimeout(resolve, WAIT_MS, undefined));
  return (async () => {
    try {
      const first = await Promise.race([fresh, slow]);
      if (first) return first;
      // Slow: a saved copy if there is one, else keep waiting for the network.
      return (await caches.match(key)) ?? (await fresh);
    } catch {
      return (await caches.match(key)) ?? (await caches.match(OFFLINE)) ?? Response.error();
    }
  })();
}

/** A file from this build's list: the saved copy, or the network if it is not saved yet. */
async function saved(request) {
  return (await caches.match(request, { cacheName: SHELL, ignoreSearch: true })) ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(event));
  else if (precached.has(url.pathname)) event.respondWith(saved(request));
  // Anything else goes to the network as if there were no service worker.
});
