/**
 * How much JavaScript a built page ships before any interaction: its <script> tags, the
 * islands Astro hydrates (component and renderer URLs), and every module those import
 * statically. Dynamic `import()` is not counted: that code loads only when needed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  path: string;
  files: string[];
  /** Gzipped bytes of every file plus inline scripts. */
  gzip: number;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;

export function pageWeight(dist: string, pagePath: string): PageWeight {
  const file = join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : `${pagePath}.html`);
  const html = readFileSync(file, 'utf8');
  const urls = new Set<string>();
  let inline = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1] ?? '')?.[1];
    if (src) urls.add(src);
    else if (!/type="application\/(?:ld\+)?json"/.test(m[1] ?? '')) inline += m[2] ?? '';
  }
  for (const m of html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)) if (m[1]) urls.add(m[1]);
  const seen = new Set<string>();
  const queue = [...urls].filter((u) => u.startsWith('/'));
  let bytes = gzipSync(inline).length * (inline ? 1 : 0);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const path = join(dist, url);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    bytes += gzipSync(code).length;
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1];
      if (spec && (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')))
        queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
    }
  }
  return { path: pagePath, files: [...seen], gzip: bytes };
}
