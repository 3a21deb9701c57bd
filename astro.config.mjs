// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { contentGuard } from './src/integrations/content-guard.ts';

const site = process.env.SITE_URL;

export default defineConfig({
  // The public address of this deployment (`SITE_URL=https://... npm run build`): canonical
  // links, handout addresses and QR codes use it. Unset, pages print no address at all.
  ...(site ? { site } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), react()],
  devToolbar: { enabled: false },
});
