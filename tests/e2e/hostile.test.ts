/**
 * A site built from hostile content: markup, event handlers and script addresses written into
 * every free-text field an editor can reach that the content check accepts. The build must
 * turn them into text; a browser visits every page, clicks every link and no script runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserForFile, builtPages, shownText } from './helpers.ts';
import { serveDist } from './serve.ts';

const browser = browserForFile();
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const out = join(dir, 'dist');
let server: Server | undefined;
let url = '';

/** Payloads that would run script if any reached the page as markup or as an address. */
const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';
const LINK = '[click me](javascript:window.__xss=3)';
const AUTO = '<javascript:window.__xss=4>';
const QUOTE = '"><svg onload="window.__xss=5">';

function edit(path: string, change: (text: string) => string): void {
  const file = join(dir, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

beforeAll(async () => {
  cpSync(resolve('tests/fixtures/basic'), dir, { recursive: true });
  edit('content/roles/nurse.md', (t) =>
    t
      .replace('title: Registered nurse', `title: 'Registered nurse ${QUOTE}'`)
      .replace('hours: Shifts.', `hours: 'Shifts ${IMG}'`)
      .replace('good: [Good thing]', `good: ['Good ${SCRIPT}']`)
      .replace('## What you do', `## What you do\n\n${SCRIPT}\n\n${IMG}\n\n${LINK} and ${AUTO}\n\n[[care-certificate|${QUOTE}]]`),
  );
  edit('content/qualifications/care-certificate.md', (t) => t.replace(/^summary: .*$/m, `summary: 'A summary with ${IMG} in it.'`));
  edit('content/glossary/dbs-check.md', (t) => t.replace(/^simple: .*$/m, `simple: 'A check. ${QUOTE}'`));
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    env: { ...process.env, CONTENT_ROOT: dir, SITE_URL: 'https://careers.example.org' },
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (build.status !== 0) throw new Error(`the hostile fixture did not build:\n${(build.stdout + build.stderr).slice(-3000)}`);
  ({ server, url } = await serveDist(out));
}, 260_000);

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a site built from hostile content', () => {
  it('shows the payloads as text, and no script runs on any page or any link', async () => {
    const pages = builtPages(out).filter((p) => !p.endsWith('.json') && !p.endsWith('.xml') && !p.endsWith('.txt'));
    expect(pages.length).toBeGreaterThan(10);
    const context = await browser().newContext();
    const dialogs: string[] = [];
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const ran: string[] = [];
    for (const path of pages) {
      await page.goto(url + path);
      if (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)) ran.push(path);
      // Every link: a script address would run here.
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href, `${path}: ${href}`).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      const links = page.locator('main a[href]');
      const n = Math.min(await links.count(), 8);
      for (let i = 0; i < n; i++) {
        await links
          .nth(i)
          .click({ timeout: 2000 })
          .catch(() => undefined);
        if (await page.evaluate(() => (window as unknown as { __xss?: number }).__xss).catch(() => undefined)) ran.push(`${path} link ${i}`);
        if (page.url() !== url + path) await page.goto(url + path);
      }
    }
    expect(ran).toEqual([]);
    expect(dialogs).toEqual([]);
    // The words are there, as words.
    await page.goto(`${url}/roles/nurse/`);
    expect(await shownText(page.locator('main'))).toContain('<script>');
    await context.close();
  }, 240_000);
});
