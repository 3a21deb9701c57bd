/** Serves dist/ on a free loopback port for the browser tests; the URL goes in SITE_URL_E2E. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist } from './serve.ts';

export default async function setup() {
  const root = resolve(process.env.DIST_DIR ?? 'dist');
  if (!existsSync(resolve(root, 'index.html'))) throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  const { server, url } = await serveDist(root);
  process.env.SITE_URL_E2E = url;
  return () => new Promise<void>((done) => server.close(() => done()));
}
