/**
 * Draws the web app's PNG icons from the SVGs in public/icons/ with the tests' Chromium:
 * `node scripts/make-icons.ts`. Run it after changing an icon SVG; the PNGs are committed.
 * The maskable icon fills its square; its mark stays inside the middle 80% (the safe zone).
 */
import { readFileSync } from 'node:fs';
import { launch } from '../tests/e2e/browser.ts';

const icons = [
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icons/icon-maskable.svg', png: 'public/icons/icon-maskable-512.png', size: 512 },
];

const browser = await launch();
try {
  for (const { svg, png, size } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml,${encodeURIComponent(readFileSync(svg, 'utf8'))}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.screenshot({ path: png, omitBackground: true });
    await page.close();
    console.log(`${png} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
