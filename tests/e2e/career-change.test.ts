/**
 * Career changers: a person types their last job into the header search, reaches its page,
 * and opens a route from there in the route finder, with the last job as the start.
 */
import { describe, expect, it } from 'vitest';
import { axe, browserForFile, describeViolations, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();

describe.each([
  ['retail', 'retail-and-shop-work', /retail and shop work/i],
  ['army', 'armed-forces', /armed forces/i],
] as const)('a person who typed "%s"', (query, id, heading) => {
  it('reaches the previous-job page from the header search, then a route that starts from it', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${siteUrl()}/`);
    await page.locator('#site-search').click();
    await page.keyboard.type(query, { delay: 20 });
    const option = page
      .locator('[role=option]')
      .filter({ has: page.locator('.search-option-title', { hasText: heading }) })
      .first();
    await option.waitFor();
    await option.click();
    await page.waitForURL(new RegExp(`/previous-jobs/${id}/$`));
    expect(await shownText(page.locator('h1'))).toMatch(heading);
    // Skills that carry over, and jobs it fits, each with its route.
    expect(await page.locator('.skills dt').count()).toBeGreaterThanOrEqual(3);
    const routeLink = page.locator('a[href^="/route/?from="]').first();
    const href = (await routeLink.getAttribute('href'))!;
    expect(href).toContain(`from=${id}`);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await routeLink.click();
    await page.waitForSelector('[data-route="0"]');
    const start = page.locator('[data-route="0"] .route-step-start').first();
    expect(await shownText(start)).toMatch(heading);
    expect(await shownText(start)).toMatch(/Skills you bring/);
    // The address keeps the previous job, so the link reopens the same route.
    expect(new URL(page.url()).searchParams.get('from')).toBe(id);
    await page.close();
  });
});
