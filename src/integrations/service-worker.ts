/**
 * After `astro build`, writes the service worker's pre-cache list and version into
 * dist/sw.js (copied there from public/sw.js). The list comes from the files the build
 * made (src/lib/offline/precache.ts); the version is a hash of their contents, so any
 * change makes a new worker that replaces the old caches, and an unchanged build keeps them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { missingPrecache, precacheUrls } from '../lib/offline/precache.ts';

/** The line in public/sw.js that the build replaces. */
const BUILD_LINE = /^const BUILD = \{ version: 'dev', files: \[\] \};$/m;

/** Where an address's file is in dist/: "/present/care/" -> "present/care/index.html". */
const fileOf = (url: string) => (url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));

export function writeServiceWorker(root: string): { version: string; files: string[]; bytes: number } {
  const all = (readdirSync(root, { recursive: true }) as string[]).map((f) => f.split(sep).join('/'));
  const files = precacheUrls(all);
  const missing = missingPrecache(files);
  if (missing.length)
    throw new Error(
      `The service worker would not work offline: the build has no ${missing.join(', ')}. Fix: build those pages, or update src/lib/offline/precache.ts.`,
    );
  const hash = createHash('sha256');
  let bytes = 0;
  for (const url of files) {
    const body = readFileSync(join(root, fileOf(url)));
    bytes += body.length;
    hash.update(url).update('\0').update(body).update('\0');
  }
  const swPath = join(root, 'sw.js');
  const source = readFileSync(swPath, 'utf8');
  if (!BUILD_LINE.test(source))
    throw new Error("dist/sw.js has no `const BUILD = { version: 'dev', files: [] };` line to fill in. Fix: keep that line in public/sw.js.");
  const version = hash.digest('hex').slice(0, 12);
  // A function, so "$" in a file name is never read as a replacement pattern.
  writeFileSync(
    swPath,
    source.replace(BUILD_LINE, () => `const BUILD = ${JSON.stringify({ version, files })};`),
  );
  return { version, files, bytes };
}

export function serviceWorker(): AstroIntegration {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { version, files, bytes } = writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js: version ${version}, ${files.length} files pre-cached (${Math.round(bytes / 1024)} KB)`);
      },
    },
  };
}
