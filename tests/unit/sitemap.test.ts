/** sitemap.xml and robots.txt: absolute public addresses only, never a loopback one. */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { robotsTxt, sitemapPaths, sitemapXml, writeSitemapFiles } from '../../src/integrations/sitemap.ts';

describe('sitemap pieces', () => {
  it('leaves out the not-found page and the empty route slides', () => {
    expect(sitemapPaths(['/', '/404', '/present/route/', '/present/nursing/', '/roles/care-worker/'])).toEqual([
      '/',
      '/present/nursing/',
      '/roles/care-worker/',
    ]);
  });

  it('escapes addresses in the XML', () => {
    expect(sitemapXml(['https://example.org/search/?q=a&b'])).toContain('<loc>https://example.org/search/?q=a&amp;b</loc>');
  });

  it('robots.txt allows everything and names the sitemap only when there is one', () => {
    expect(robotsTxt()).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});

describe('writeSitemapFiles', () => {
  let root = '';
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sitemap-'));
    for (const dir of ['roles/care-worker', 'present/route']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['index.html', '404.html', 'roles/care-worker/index.html', 'present/route/index.html'])
      writeFileSync(join(root, file), '<!doctype html>');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists every public page at its absolute address', () => {
    expect(writeSitemapFiles(root, new URL('https://careers.example.org'))).toEqual({ address: 'https://careers.example.org/sitemap.xml', pages: 2 });
    const xml = readFileSync(join(root, 'sitemap.xml'), 'utf8');
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://careers.example.org/',
      'https://careers.example.org/roles/care-worker/',
    ]);
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain('Sitemap: https://careers.example.org/sitemap.xml');
  });

  it.each([
    ['no SITE_URL', undefined],
    ['a loopback SITE_URL', new URL('http://localhost:4321/')],
    ['a loopback IP', new URL('http://127.0.0.1:4321/')],
  ])('writes no sitemap with %s, and robots.txt names none', (_name, site) => {
    expect(writeSitemapFiles(root, site)).toBeUndefined();
    expect(existsSync(join(root, 'sitemap.xml'))).toBe(false);
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });
});
