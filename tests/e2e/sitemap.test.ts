/** The built site's sitemap.xml and robots.txt (built with SITE_URL, as `npm run build:test` does). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from './helpers.ts';

const site = 'https://careers.example.org';
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

describe('sitemap.xml and robots.txt', () => {
  it('robots.txt lets every crawler in and points at the sitemap', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`);
  });

  it('the sitemap lists every public page once, at an absolute public address', () => {
    const xml = read('sitemap.xml');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.filter((l) => !l.startsWith(`${site}/`))).toEqual([]);
    expect(locs.filter((l) => /localhost|127\.0\.0\.1|\[::1\]/.test(l))).toEqual([]);
    expect(new Set(locs).size).toBe(locs.length);
    const listed = locs.map((l) => new URL(l).pathname);
    // Every page is listed but the not-found page and the route slides (empty without ?steps=).
    expect(listed).toEqual(builtPages().filter((p) => p !== '/404' && p !== '/present/route/' && p !== '/offline/'));
    expect(listed).toContain('/roles/care-worker/');
  });
});
