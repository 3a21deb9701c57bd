/**
 * Offline use: the service worker's pre-cache list comes from the built files, its version
 * changes with their contents, and the web app manifest takes its colours from the CSS.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { cssColour, webManifest } from '../../src/lib/offline/manifest.ts';
import { missingPrecache, precacheUrls } from '../../src/lib/offline/precache.ts';

const built = [
  'index.html',
  '404.html',
  'offline/index.html',
  'glossary/index.html',
  'roles/index.html',
  'roles/care-worker/index.html',
  'present/nursing/index.html',
  'present/route/index.html',
  'pathways/nursing/index.html',
  'search-index.json',
  'graph.json',
  'manifest.webmanifest',
  'favicon.svg',
  'sw.js',
  '_headers',
  'icons/icon-192.png',
  '_astro/global.abc.css',
  '_astro/Presenter.abc.js',
  '_astro/Presenter.abc.js.map',
];

describe('precacheUrls', () => {
  it('keeps the shell, the presentations, key words, search index, offline page and icons', () => {
    expect(precacheUrls(built)).toEqual([
      '/',
      '/_astro/Presenter.abc.js',
      '/_astro/global.abc.css',
      '/favicon.svg',
      '/glossary/',
      '/icons/icon-192.png',
      '/manifest.webmanifest',
      '/offline/',
      '/present/nursing/',
      '/present/route/',
      '/search-index.json',
    ]);
  });

  it('leaves out pages a person has not opened, source maps, the worker itself and host files', () => {
    const urls = precacheUrls(built);
    for (const url of ['/roles/', '/roles/care-worker/', '/pathways/nursing/', '/graph.json', '/sw.js', '/_headers', '/404.html'])
      expect(urls).not.toContain(url);
    expect(urls.some((u) => u.endsWith('.map'))).toBe(false);
  });

  it('names what a build lacks for offline use', () => {
    expect(missingPrecache(precacheUrls(built))).toEqual([]);
    expect(missingPrecache(precacheUrls(['index.html', '_astro/a.js']))).toEqual([
      '/offline/',
      '/glossary/',
      '/search-index.json',
      '/present/<pathway>/',
      '/_astro/*.css',
    ]);
  });
});

describe('writeServiceWorker', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const build = (files: Record<string, string>) => {
    root = mkdtempSync(join(tmpdir(), 'sw-'));
    for (const [file, body] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), body);
    }
  };
  const site = () => ({
    'sw.js': readFileSync('public/sw.js', 'utf8'),
    'index.html': 'home',
    'offline/index.html': 'offline',
    'glossary/index.html': 'words',
    'present/care/index.html': 'slides',
    'search-index.json': '{}',
    '_astro/a.css': 'body{}',
  });
  const buildLine = () => /^const BUILD = (.*);$/m.exec(readFileSync(join(root, 'sw.js'), 'utf8'))?.[1];

  it('writes the list and a version into dist/sw.js', () => {
    build(site());
    const { version, files } = writeServiceWorker(root);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.parse(buildLine()!)).toEqual({ version, files });
    expect(files).toContain('/present/care/');
  });

  it('gives a new version when a pre-cached file changes, and the same one when nothing does', () => {
    build(site());
    const first = writeServiceWorker(root).version;
    rmSync(root, { recursive: true, force: true });
    build(site());
    expect(writeServiceWorker(root).version).toBe(first);
    rmSync(root, { recursive: true, force: true });
    build({ ...site(), '_astro/a.css': 'body{color:red}' });
    expect(writeServiceWorker(root).version).not.toBe(first);
  });

  it('stops the build, saying what to fix, when the worker has no line to fill in or a page is missing', () => {
    build({ ...site(), 'sw.js': 'self.addEventListener("fetch", () => {});' });
    expect(() => writeServiceWorker(root)).toThrow(/no `const BUILD = .*` line to fill in\. Fix: keep that line in public\/sw\.js/);
    rmSync(root, { recursive: true, force: true });
    const { 'glossary/index.html': _gone, ...rest } = site();
    build(rest);
    expect(() => writeServiceWorker(root)).toThrow('the build has no /glossary/. Fix:');
  });
});

describe('web app manifest', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');

  it('takes the theme colour from the site CSS', () => {
    const brand = /--brand:\s*(#[0-9a-f]+);/i.exec(css)?.[1]?.toLowerCase();
    const manifest = webManifest({ name: 'Health and care careers', shortName: 'Care careers', description: 'x', css });
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone', theme_color: brand, background_color: '#ffffff' });
    expect(manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
  });

  it('says how to fix CSS without the colour', () => {
    expect(cssColour(':root { --brand: #ABCDEF; }', '--brand')).toBe('#abcdef');
    expect(() => cssColour(':root { --brand-dark: #000; }', '--brand')).toThrow('Fix: keep "--brand: #rrggbb;" in src/styles/global.css.');
  });
});
