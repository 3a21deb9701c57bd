/**
 * Every resident's language: a job word typed in each of the seven community languages into
 * the header search reaches the job, and the result shows the English title with the word typed.
 */
import { describe, expect, it } from 'vitest';
import { browserForFile, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();

describe.each([
  ['Bengali', 'ফার্মাসিস্ট', 'pharmacist'],
  ['Somali', 'umulisa', 'midwife'],
  ['Turkish', 'hemsire', 'adult-nurse'],
  ['Polish', 'pielęgniarka', 'adult-nurse'],
  ['Arabic', 'صيدلي', 'pharmacist'],
  ['Portuguese', 'parteira', 'midwife'],
  ['Spanish', 'enfermera', 'adult-nurse'],
] as const)('a job word in %s', (language, word, role) => {
  it(`"${word}" reaches the job from the header search`, async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/`);
    await page.locator('#site-search').click();
    await page.keyboard.type(word, { delay: 20 });
    const option = page.locator(`[role=option]:has(.search-option-said)`).first();
    await option.waitFor();
    expect(await shownText(option.locator('.search-option-said'))).toContain(`(${language})`);
    await option.click();
    await page.waitForURL(/\/roles\/[a-z-]+\/$/);
    const reached = new URL(page.url()).pathname.split('/')[2];
    // The first result named in the language; for nurses any nursing field is right.
    expect(role === 'adult-nurse' ? reached?.endsWith('nurse') : reached === role, `${word} -> ${reached}`).toBe(true);
    await page.close();
  });
});
