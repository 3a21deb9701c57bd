// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { contentGuard } from './src/integrations/content-guard.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { cspDirectives, securityHeaders } from './src/integrations/security-headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { modulePreload } from './src/integrations/module-preload.ts';
import { cspHash, readingPrefsScript } from './src/layouts/inline.ts';

const site = process.env.SITE_URL;

export default defineConfig({
  // The public address of this deployment (`SITE_URL=https://... npm run build`): canonical
  // links, handout addresses, QR codes and sitemap.xml use it. Unset, pages print no address
  // at all and there is no sitemap.
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  // Stylesheets and scripts always as files in /_astro/ (cached for a year, allowed by the
  // policy as 'self'), never inlined into the page where each would need a hash.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // A strict Content-Security-Policy in every page's <meta>: scripts and styles only from
  // this site, or inline with a listed hash (Astro adds those of its island bootstraps and
  // island style; PageHead.astro the pathway colours). No 'unsafe-inline'. The same policy
  // goes into dist/_headers (securityHeaders).
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { hashes: [cspHash(readingPrefsScript)] },
    },
  },
  // Content is rendered by markdown-it (src/lib/markdown.ts), not Astro's Markdown; Shiki's
  // inline styles would need style-src 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // modulePreload: <link rel=modulepreload> for the code of islands that hydrate on load, before
  // serviceWorker (its version hashes the files it pre-caches).
  // serviceWorker: writes this build's pre-cache list and version into dist/sw.js (offline use).
  integrations: [contentGuard(), react(), securityHeaders(), sitemap(), modulePreload(), serviceWorker()],
  devToolbar: { enabled: false },
});
