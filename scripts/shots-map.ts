/**
 * Screenshots of /explore/ for a person to look at as a wall map: the overview and one pathway
 * view at 1920x1080, 1280x720, 1366x768 (a shared PC) and 390x844, first screen only.
 * `node scripts/shots-map.ts [--out DIR] [pathway] [select]` writes PNGs (default .shots/map/).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist } from '../tests/e2e/serve.ts';
import { launch } from '../tests/e2e/browser.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = resolve(outAt > -1 ? (args.splice(outAt, 2)[1] ?? '.shots/map') : '.shots/map');
const [pathway = 'nursing', select] = args;
const sizes: [number, number][] = [
  [1920, 1080],
  [1280, 720],
  [1366, 768],
  [390, 844],
];
const views: [string, string][] = [
  ['overview', '/explore/'],
  [`pathway-${pathway}`, `/explore/?pathway=${pathway}${select ? `&select=${select}` : ''}#pathway-${pathway}`],
];
mkdirSync(outDir, { recursive: true });
const { server, url } = await serveDist(resolve(process.env.DIST_DIR ?? 'dist'));
const browser = await launch();
try {
  for (const [width, height] of sizes) {
    const context = await browser.newContext({
      viewport: { width, height },
      serviceWorkers: 'block',
      ...(width < 600 ? { isMobile: true, hasTouch: true } : {}),
    });
    const page = await context.newPage();
    for (const [name, path] of views) {
      await page.goto(url + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      const file = join(outDir, `${name}-${width}x${height}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
