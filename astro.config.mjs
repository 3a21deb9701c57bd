// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { contentGuard } from './src/integrations/content-guard.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), react()],
  devToolbar: { enabled: false },
});
