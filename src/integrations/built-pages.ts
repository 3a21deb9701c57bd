/** The HTML pages an `astro build` wrote, for the integrations that run after it. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** The page's address path, as linked: "/", "/roles/care-worker/", "/404". */
  path: string;
  /** The HTML file on disk. */
  file: string;
}

/** Every .html file under `root`, sorted by address. */
export function builtHtmlPages(root: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    if (!name.endsWith('.html')) continue;
    const file = join(root, name);
    const rel = relative(root, file).split(sep).join('/');
    pages.push({ path: `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`, file });
  }
  // By code unit, not locale: the same order on every machine.
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
