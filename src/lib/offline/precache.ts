/**
 * What the service worker saves on install, chosen from the built site (dist/) so the list
 * can never name a file the build did not make, nor miss one it did. Pure: file paths in,
 * addresses out; the build hook (src/integrations/service-worker.ts) reads the disk.
 */

/** Pages a tutor or resident needs with no connection, as addresses. */
export const PRECACHE_PAGES = ['/', '/offline/', '/glossary/'] as const;
/** Data the islands fetch: the search index (search box, /search/, the route finder's pickers). */
export const PRECACHE_DATA = ['/search-index.json'] as const;

/**
 * The addresses to pre-cache, sorted, from the built files (paths relative to dist/, with
 * forward slashes): the shell (every CSS and JavaScript file in `_astro/`), each
 * presentation (`/present/<pathway>/` and `/present/route/`), the pages and data above, the
 * web app manifest and the icons.
 */
export function precacheUrls(files: readonly string[]): string[] {
  const urls = new Set<string>();
  const pages = new Set<string>(PRECACHE_PAGES);
  const data = new Set<string>([...PRECACHE_DATA, '/manifest.webmanifest', '/favicon.svg']);
  for (const file of files) {
    const url = `/${file}`;
    if (/^_astro\/[^/]+\.(?:js|css)$/.test(file)) urls.add(url);
    else if (/^icons\/[^/]+\.(?:png|svg)$/.test(file)) urls.add(url);
    else if (data.has(url)) urls.add(url);
    else if (file.endsWith('index.html')) {
      const page = url.slice(0, -'index.html'.length);
      if (pages.has(page) || /^\/present\/[^/]+\/$/.test(page)) urls.add(page);
    }
  }
  return [...urls].sort();
}

/** The addresses a working offline mode cannot do without; the build stops if one is missing. */
export function missingPrecache(urls: readonly string[]): string[] {
  const have = new Set(urls);
  const missing: string[] = [...PRECACHE_PAGES, ...PRECACHE_DATA].filter((u) => !have.has(u));
  if (!urls.some((u) => /^\/present\/[^/]+\/$/.test(u))) missing.push('/present/<pathway>/');
  if (!urls.some((u) => u.endsWith('.css'))) missing.push('/_astro/*.css');
  return missing;
}
