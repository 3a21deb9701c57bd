/**
 * The site's data for pages: the content loaded once per build, and again whenever a content
 * file changes (so `astro dev` shows an edit), never once per page. This is the only cache; it
 * lives here, outside the pure modules of src/lib, keyed on the content files themselves.
 */
import { contentFingerprint } from '../lib/content/read.ts';
import { loadContentFrom, today } from '../lib/loader/index.ts';
import { createSite, type Site } from '../lib/site/data.ts';

let cache: { key: string; site: Site } | undefined;

export function getSite(root = process.env.CONTENT_ROOT ?? process.cwd()): Site {
  const key = `${root}|${today()}|${contentFingerprint(root)}`;
  if (cache?.key === key) return cache.site;
  const site = createSite(loadContentFrom(root));
  cache = { key, site };
  return site;
}
