/**
 * Screenshots pages of the built site at a phone and a projector size, for a person to look
 * at: `node scripts/screenshot.ts /roles/care-worker/ /explore/` writes PNGs to .shots/.
 * Options: --out DIR, --full (whole page), --size WxH (repeatable).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from '../tests/e2e/serve.ts';
import { launch } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const take = (flag: string) => {
  const out: string[] = [];
  for (let i = args.indexOf(flag); i > -1; i = args.indexOf(flag)) out.push(...args.splice(i, 2).slice(1));
  return out;
};
const outDir = resolve(take('--out')[0] ?? '.shots');
const sizes = take('--size');
const full = args.includes('--full');
const paths = args.filter((a) => !a.startsWith('--'));
const viewports = (sizes.length ? sizes : ['390x844', '1920x1080']).map((s) => s.split('x').map(Number) as [number, number]);
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveDist(resolve(process.env.DIST_DIR ?? 'dist'));
const browser = await launch();
try {
  for (const [width, height] of viewports) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const p of paths) {
      await page.goto(url + p, { waitUntil: 'networkidle' });
      const file = join(outDir, `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}x${height}.png`);
      await page.screenshot({ path: file, fullPage: full });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
