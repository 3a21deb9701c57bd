/** The built site's pages, read from disk: for browser tests and benchmark scripts alike. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page under `root` (a built dist/), as a URL path ("/roles/care-worker/"), sorted. */
export function builtPagesIn(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        out.push(`/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`);
      }
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The first page (in sorted order) of each address shape: the first segment kept, every
 * later one a wildcard, so `/roles/a/` and `/roles/b/` are one type and `/roles/a/handout/`
 * another.
 */
export function onePerPageType(pages: readonly string[]): string[] {
  const byShape = new Map<string, string>();
  for (const path of pages) {
    const shape = path.replace(/^(\/[^/]+\/)(.+)$/, (_all, first: string, rest: string) => first + rest.replace(/[^/]+/g, '*'));
    if (!byShape.has(shape)) byShape.set(shape, path);
  }
  return [...byShape.values()];
}
