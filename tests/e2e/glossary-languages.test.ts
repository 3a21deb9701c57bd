/**
 * The key-words page in every resident's language: choosing Bengali shows Bengali under each
 * word without opening anything; Arabic runs right to left; each page stays light.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { axe, browserForFile, describeViolations, distDir, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();

describe('key words in the community languages', () => {
  it('choosing Bengali in the menu shows Bengali under every word, no clicks needed', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/glossary/`);
    const select = page.locator('[data-lang-select]');
    await select.waitFor({ state: 'visible' }).catch(async () => {
      // The reading tools sit behind the Menu disclosure on phones.
      await page.getByRole('button', { name: /menu/i }).click();
    });
    // The menu names each language in its own script and in English.
    expect(await select.locator('option[value="bn"]').textContent()).toBe('বাংলা (Bengali)');
    expect(await select.locator('option[value="ar"]').textContent()).toBe('العربية (Arabic)');
    await select.selectOption('bn');
    await page.waitForURL(/\/glossary\/bn\/$/);
    const shown = page.locator('.tr-shown [lang="bn"]');
    expect(await shown.count()).toBeGreaterThanOrEqual(40);
    expect(await shown.first().isVisible()).toBe(true);
    // "Not yet checked" in Bengali and in English.
    expect(await shownText(page.locator('.tr-shown .kw-unchecked').first())).toContain('not yet checked');
    expect(await page.locator('.tr-shown .kw-unchecked [lang="bn"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('Arabic runs right to left, and the page passes axe on a phone', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/glossary/ar/`);
    const arabic = page.locator('.tr-shown [lang="ar"]').first();
    expect(await arabic.getAttribute('dir')).toBe('rtl');
    expect(await arabic.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('keeps the key-words pages under 20 KB of gzipped HTML', () => {
    for (const path of ['glossary/index.html', 'glossary/bn/index.html', 'glossary/ar/index.html']) {
      const size = gzipSync(readFileSync(join(distDir, path))).length;
      expect(size, path).toBeLessThan(20 * 1024);
    }
  });
});
