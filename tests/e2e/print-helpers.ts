/** Shared pieces of the tests that read printed pages: a PDF's text and a QR code's address. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { injectScript } from './helpers.ts';

const jsQR = readFileSync(createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js'), 'utf8');

/** The text of a PDF, with every run of white space made one space, and its page count. */
export async function pdfText(buffer: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(buffer) }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += `${content.items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}

/** Draws the QR code SVG inside `selector` onto a canvas and decodes it with jsQR, in the page. */
export async function decodeQr(page: Page, selector: string): Promise<string | null> {
  await injectScript(page, jsQR);
  return page.evaluate(async (sel) => {
    const svg = document.querySelector(`${sel} svg`);
    if (!svg) return null;
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 0, 0, 400, 400);
    const pixels = ctx.getImageData(0, 0, 400, 400);
    const w = window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null };
    return w.jsQR(pixels.data, 400, 400)?.data ?? null;
  }, selector);
}
