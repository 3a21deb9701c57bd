/**
 * After `astro build`, lets each page with an island that hydrates on load (`client:load`)
 * fetch that island's whole module graph at once: a `<link rel="modulepreload">` in `<head>`
 * for every file it imports, however deep. Without them the browser finds React's 56 KB only
 * after the island's own file has arrived and been read: one round trip more before the page
 * works (on /search/, before the first result shows).
 *
 * Islands that wait (`client:visible`, `client:idle`) are left alone: their code is meant to
 * load later. Links are files in /_astro/, so the Content-Security-Policy ('self') allows them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtHtmlPages } from './built-pages.ts';

/**
 * The files a bundled chunk imports statically ("./react.B54jxNxs.js"), read from the import
 * statements at its top, where the bundler puts them all; the first other statement ends them.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const statement = /\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])(\.\/[^"'`]+)\1\s*;?/y;
  for (let m = statement.exec(code); m; m = statement.exec(code)) found.push(m[2] ?? '');
  return found;
}

/** The island files a page loads at once: renderer (React, the largest, first) and component of each `client="load"` island. */
export function loadIslandFiles(html: string): string[] {
  const files = new Set<string>();
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/g)) {
    if (!/\sclient="load"/.test(tag)) continue;
    for (const attr of ['renderer-url', 'component-url']) {
      const url = tag.match(new RegExp(`\\s${attr}="(/_astro/[^"]+\\.js)"`))?.[1];
      if (url) files.add(url);
    }
  }
  return [...files];
}

/** Every /_astro/ file that `entries` import, directly or not (the entries too), in a stable order. */
export function moduleGraph(entries: readonly string[], read: (url: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const dir = url.slice(0, url.lastIndexOf('/') + 1);
    for (const spec of staticImports(read(url))) visit(`${dir}${spec.slice(2)}`);
  };
  for (const e of entries) visit(e);
  return [...seen];
}

/** `html` with a modulepreload link for each of `urls` before `</head>` (none twice, none for a script the page already has). */
export function withModulePreloads(html: string, urls: readonly string[]): string {
  const missing = urls.filter((u) => !html.includes(`href="${u}"`) && !html.includes(`src="${u}"`));
  if (!missing.length) return html;
  const links = missing.map((u) => `<link rel="modulepreload" href="${u}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

export function modulePreload(): AstroIntegration {
  return {
    name: 'module-preload',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const cache = new Map<string, string>();
        const read = (url: string) => {
          let code = cache.get(url);
          if (code === undefined) {
            code = readFileSync(join(root, url), 'utf8');
            cache.set(url, code);
          }
          return code;
        };
        let pages = 0;
        for (const { file } of builtHtmlPages(root)) {
          const html = readFileSync(file, 'utf8');
          const islands = loadIslandFiles(html);
          if (!islands.length) continue;
          const out = withModulePreloads(html, moduleGraph(islands, read));
          if (out !== html) {
            writeFileSync(file, out);
            pages++;
          }
        }
        logger.info(`modulepreload links for the islands that load at once, on ${pages} page(s)`);
      },
    },
  };
}
