/**
 * sitemap.xml and robots.txt, written after the build from the pages it wrote, so a new
 * page type is listed without anyone remembering to add it. Sitemap addresses must be
 * absolute: with no public address (`SITE_URL` unset, or a loopback address) there is no
 * sitemap, and robots.txt points at none.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicAddress } from '../lib/qr.ts';
import { builtHtmlPages } from './built-pages.ts';

/** Built pages that are not for search engines, with the reason. */
const unlisted: Record<string, string> = {
  '/404': 'the "page not found" page',
  '/present/route/': 'empty until the route finder gives it a route in ?steps=',
  '/offline/': 'shown by the service worker when a page is not available offline',
};

/** The paths a sitemap lists, from the paths of the built pages. */
export const sitemapPaths = (paths: readonly string[]): string[] => paths.filter((p) => !(p in unlisted));

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A sitemap (sitemaps.org 0.9) of absolute addresses. */
export function sitemapXml(addresses: readonly string[]): string {
  const urls = addresses.map((a) => `  <url><loc>${escapeXml(a)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** robots.txt: every crawler may read every page; the sitemap's address when there is one. */
export const robotsTxt = (sitemap?: string): string => `User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`;

/**
 * Writes robots.txt, and sitemap.xml when the site has a public address, into the built
 * site at `root`. Returns the sitemap's address and page count, or undefined when none.
 */
export function writeSitemapFiles(root: string, site: URL | undefined): { address: string; pages: number } | undefined {
  const address = (path: string) => publicAddress(path, site);
  const sitemapAddress = address('/sitemap.xml');
  writeFileSync(join(root, 'robots.txt'), robotsTxt(sitemapAddress));
  if (!sitemapAddress) return undefined;
  const paths = sitemapPaths(builtHtmlPages(root).map((p) => p.path));
  writeFileSync(join(root, 'sitemap.xml'), sitemapXml(paths.map((p) => address(p)!)));
  return { address: sitemapAddress, pages: paths.length };
}

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const written = writeSitemapFiles(fileURLToPath(dir), site);
        logger.info(written ? `sitemap.xml: ${written.pages} pages, at ${written.address}` : 'no sitemap.xml: set SITE_URL to the public address to have one');
      },
    },
  };
}
