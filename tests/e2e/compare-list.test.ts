/**
 * The careers adviser's twenty minutes: compare jobs side by side, save jobs and a route to
 * "My list", reopen the list from its link in another browser, print the plan and the
 * comparison on one A4 page each with a QR code to the same address, choose a borough once
 * and see its local help first everywhere, all by keyboard and screen reader, and a plain
 * sentence with JavaScript off.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeQr, pdfText } from './print-helpers.ts';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { axe, browserForFile, describeViolations, distDir, shownText, siteUrl } from './helpers.ts';

const browser = browserForFile();

/** The graph's pay text of each job, as the site ships it to the compare page. */
const data = JSON.parse(readFileSync(join(distDir, 'shortlist.json'), 'utf8')) as { roles: { id: string; title: string; pay: { text: string } }[] };
const role = (id: string) => data.roles.find((r) => r.id === id)!;
/** Whether the layout carries the header's My list link yet (the lead adds it to Layout.astro). */
const headerLink = readFileSync(join(distDir, 'index.html'), 'utf8').includes('data-my-list-link');

const phone = { viewport: { width: 390, height: 844 } };

async function pdfOf(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const buffer = await page.pdf({ format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const { pages, text } = await pdfText(buffer);
  // Ligatures ("fi") come out as separate text items: compare words with the spaces taken out.
  return { pages, text: text.replace(/\s+/g, '') };
}

/** Text as `pdfOf` gives it: no spaces. */
const squash = (s: string) => s.replace(/\s+/g, '');

const pathAndQuery = (url: string) => {
  const u = new URL(url);
  return decodeURIComponent(u.pathname + u.search);
};

/** A new browser context (its own storage) with one page. */
async function fresh(options: BrowserContextOptions = phone): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext(options);
  return { context, page: await context.newPage() };
}

/** Console messages of anything the page's Content-Security-Policy blocked, as they happen. */
function policyErrors(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(m.text());
  });
  return found;
}

async function openList(page: Page, path = '/my-list/') {
  await page.goto(siteUrl() + path);
  await page.waitForSelector('[data-my-list-app][data-ready]');
}

async function openCompare(page: Page, path: string) {
  await page.goto(siteUrl() + path);
  await page.waitForSelector('[data-compare-app][data-ready]');
}

describe('compare jobs', () => {
  it('two jobs chosen on their own pages, side by side with their pay', async () => {
    const { context, page } = await fresh();
    await page.goto(`${siteUrl()}/roles/care-worker/`);
    const first = page.getByRole('button', { name: 'Compare Care worker' });
    await first.click();
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    expect(await shownText(page.getByRole('status').filter({ hasText: 'chosen' }))).toMatch(/Care worker chosen\. Choose one more job/);

    await page.goto(`${siteUrl()}/roles/adult-nurse/`);
    await page.getByRole('button', { name: 'Compare Adult nurse' }).click();
    expect(await shownText(page.locator('[data-compare-tray]'))).toContain('Chosen to compare: Care worker and Adult nurse.');
    await page.getByRole('link', { name: 'Compare 2 jobs' }).click();
    await page.waitForSelector('[data-compare-app][data-ready]');

    // The comparison lives in the address.
    expect(new URL(page.url()).searchParams.get('roles')).toBe('care-worker,adult-nurse');
    expect(await page.getByRole('columnheader').count()).toBe(2);
    expect(await page.locator('.compare-col a').allInnerTexts()).toEqual(['Care worker', 'Adult nurse']);
    const pay = page.locator('tr[data-row="pay"] td');
    expect(await shownText(pay.nth(0))).toContain(role('care-worker').pay.text);
    expect(await shownText(pay.nth(1))).toContain(role('adult-nurse').pay.text);
    for (const row of ['Level', 'Hours', 'Ways in and how long they take', 'What you need first', 'Registration', 'The good parts', 'The hard parts'])
      expect(await page.getByRole('rowheader', { name: row }).count()).toBe(1);
    expect(await shownText(page.locator('tr[data-row="registration"] td').nth(1))).toContain('You must register with the NMC.');

    // The same address opens the same comparison in another browser.
    const again = await fresh({ viewport: { width: 1366, height: 768 } });
    await openCompare(again.page, pathAndQuery(page.url()));
    expect(await again.page.locator('.compare-col a').allInnerTexts()).toEqual(['Care worker', 'Adult nurse']);
    expect(await shownText(again.page.locator('tr[data-row="pay"] td').nth(1))).toContain(role('adult-nurse').pay.text);
    await again.context.close();
    await context.close();
  });

  it('from the A to Z list of jobs, and the address says which', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${siteUrl()}/roles/`);
    await page.getByRole('button', { name: 'Compare Porter' }).click();
    await page.getByRole('button', { name: 'Compare Paramedic' }).click();
    const go = page.getByRole('link', { name: 'Compare 2 jobs' });
    expect(await go.isVisible()).toBe(true);
    await go.click();
    await page.waitForSelector('[data-compare-app][data-ready]');
    expect(new URL(page.url()).searchParams.get('roles')).toBe('porter,paramedic');
    await context.close();
  });

  it('adds and removes jobs by keyboard, announcing each change', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await openCompare(page, '/compare/?roles=care-worker,adult-nurse');
    await page.getByLabel('Add a job').selectOption('paramedic');
    await page.getByRole('button', { name: 'Add', exact: true }).press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('roles') === 'care-worker,adult-nurse,paramedic');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Paramedic');
    expect(await page.getByRole('status').filter({ hasText: 'added' }).textContent()).toBe('Paramedic added. Comparing 3 jobs.');
    await page.getByRole('button', { name: 'Remove Care worker' }).press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('roles') === 'adult-nurse,paramedic');
    expect(await page.getByRole('status').filter({ hasText: 'taken off' }).textContent()).toMatch(/^Care worker taken off/);
    await context.close();
  });

  it('reads only jobs from the address, and says what it left out', async () => {
    const { context, page } = await fresh();
    await openCompare(page, '/compare/?roles=constructor,care-worker,__proto__,adult-nurse');
    expect(await shownText(page.locator('.notice').first())).toBe('2 jobs in the web address are not on this site, so they are left out.');
    expect(await page.getByRole('columnheader').count()).toBe(2);
    await context.close();
  });

  it('has no axe WCAG 2.2 A/AA violations, on a phone and a wide screen, and breaks no Content-Security-Policy rule', async () => {
    for (const viewport of [phone.viewport, { width: 1366, height: 768 }]) {
      const { context, page } = await fresh({ viewport });
      const blocked = policyErrors(page);
      await openCompare(page, '/compare/?roles=care-worker,adult-nurse,healthcare-support-worker&borough=islington');
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(blocked).toEqual([]);
      await context.close();
    }
  });

  it('on a phone, each answer carries its job’s name and the names stay in view', async () => {
    const { context, page } = await fresh();
    await openCompare(page, '/compare/?roles=care-worker,adult-nurse');
    const cell = page.locator('tr[data-row="hours"] td').nth(1);
    expect(await shownText(cell)).toMatch(/^Adult nurse\n/);
    await cell.scrollIntoViewIfNeeded();
    const head = await page.locator('.compare-table thead').boundingBox();
    expect(head?.y).toBeGreaterThanOrEqual(-1);
    expect(head?.y).toBeLessThan(5);
    await context.close();
  });

  it('says plainly that it needs JavaScript, with a link to all jobs', async () => {
    const { context, page } = await fresh({ ...phone, javaScriptEnabled: false });
    await page.goto(`${siteUrl()}/compare/?roles=care-worker,adult-nurse`);
    expect(await shownText(page.locator('main'))).toContain('Comparing jobs needs JavaScript');
    expect(await page.getByRole('link', { name: 'all jobs', exact: true }).getAttribute('href')).toBe('/roles/');
    expect(await page.locator('[data-compare]').isVisible()).toBe(false);
    await context.close();
  });
});

/** Saves two jobs and a route from their pages in `page`. */
async function saveTwoJobsAndARoute(page: Page): Promise<void> {
  await page.goto(`${siteUrl()}/roles/care-worker/`);
  const save = page.getByRole('button', { name: 'Save to my list' });
  expect(await save.getAttribute('aria-pressed')).toBe('false');
  await save.click();
  expect(await save.getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe('Saved to your list (1 item).');
  await page.goto(`${siteUrl()}/roles/healthcare-support-worker/`);
  await page.getByRole('button', { name: 'Save to my list' }).click();
  await page.goto(`${siteUrl()}/route/?to=adult-nurse`);
  await page.waitForSelector('.route');
  const route = page.getByRole('button', { name: 'Save this route to my list' });
  await route.click();
  expect(await route.getAttribute('aria-pressed')).toBe('true');
  expect(await page.getByRole('status').filter({ hasText: 'Saved' }).textContent()).toBe('Saved to your list (3 items).');
}

describe('my list', () => {
  it('two jobs and a route saved, then reopened from the list’s link in a fresh browser', async () => {
    const { context, page } = await fresh();
    await saveTwoJobsAndARoute(page);
    await openList(page);
    const titles = await page.locator('.plan-title a').allInnerTexts();
    expect(titles).toEqual(['Care worker', 'Healthcare support worker', 'No qualifications yet to Adult nurse']);
    expect(await shownText(page.locator('.plan-item').first())).toContain(role('care-worker').pay.text);
    expect(await shownText(page.locator('.plan-route'))).toMatch(/The steps\n[\s\S]*Adult nurse/);

    // One link: the address, the link field, the QR code and the email all say the same list.
    const link = await page.getByLabel('Link to this list').inputValue();
    expect(pathAndQuery(link)).toBe('/my-list/?items=role:care-worker,role:healthcare-support-worker,route:nothing~adult-nurse');
    expect(pathAndQuery(page.url())).toBe(pathAndQuery(link));
    const mail = await page.getByRole('link', { name: 'Email this list' }).getAttribute('href');
    expect(decodeURIComponent(mail!)).toContain(`Open this list online: ${link}`);
    expect(decodeURIComponent(mail!)).toContain('1. Care worker (Job)');

    const other = await fresh({ viewport: { width: 1366, height: 768 } });
    await openList(other.page, pathAndQuery(link));
    expect(await other.page.locator('.plan-title a').allInnerTexts()).toEqual(titles);
    expect(await shownText(other.page.locator('main'))).toContain('This list came from a link. It is not saved on this device.');
    // Kept on that device: its own list now, with Remove buttons.
    await other.page.getByRole('button', { name: 'Keep this list on this device' }).click();
    expect(await other.page.getByRole('button', { name: 'Remove Care worker' }).count()).toBe(1);
    expect(await other.page.evaluate(() => localStorage.getItem('my-list'))).toBe(
      JSON.stringify(['role:care-worker', 'role:healthcare-support-worker', 'route:nothing~adult-nurse']),
    );
    await other.context.close();
    await context.close();
  });

  it('copies its link, removes an item and clears the list in one step, by keyboard', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl() });
    await page.goto(`${siteUrl()}/`);
    await page.evaluate(() => localStorage.setItem('my-list', JSON.stringify(['role:porter', 'qualification:care-certificate'])));
    await openList(page);
    await page.getByRole('button', { name: 'Copy link' }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'copied' }).waitFor();
    expect(pathAndQuery(await page.evaluate(() => navigator.clipboard.readText()))).toBe('/my-list/?items=role:porter,qualification:care-certificate');

    await page.getByRole('button', { name: 'Remove Porter' }).press('Enter');
    expect(await page.locator('.plan-title a').allInnerTexts()).toEqual(['Care Certificate']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Care Certificate');
    expect(await page.getByRole('status').filter({ hasText: 'Removed' }).textContent()).toBe('Removed from your list: Porter.');

    await page.getByRole('button', { name: 'Clear the list' }).press('Enter');
    expect(await shownText(page.locator('main'))).toContain('Your list is empty.');
    expect(await page.getByRole('status').filter({ hasText: 'cleared' }).textContent()).toBe('The list is cleared from this device.');
    expect(await page.evaluate(() => [localStorage.getItem('my-list'), localStorage.getItem('my-borough')])).toEqual([null, null]);
    expect(pathAndQuery(page.url())).toBe('/my-list/');
    await context.close();
  });

  it('saves a qualification and a local programme from their pages with the keyboard', async () => {
    const { context, page } = await fresh();
    await page.goto(`${siteUrl()}/qualifications/care-certificate/`);
    const save = page.getByRole('button', { name: 'Save to my list' });
    await save.focus();
    await page.keyboard.press('Space');
    expect(await save.getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${siteUrl()}/programmes/good-work-camden/`);
    await page.getByRole('button', { name: 'Save to my list' }).press('Enter');
    // Pressed again: taken off, and said so.
    await page.getByRole('button', { name: 'Save to my list' }).press('Enter');
    expect(await page.getByRole('status').filter({ hasText: 'Removed' }).textContent()).toBe('Removed from your list (1 item).');
    await page.getByRole('button', { name: 'Save to my list' }).press('Enter');
    await openList(page);
    expect(await page.locator('.plan-title a').allInnerTexts()).toEqual(['Care Certificate', 'Good Work Camden']);
    expect(await shownText(page.locator('.plan-programme'))).toMatch(/Get in touch/);
    await context.close();
  });

  it('drops what the site does not have, with a note that does not repeat it', async () => {
    const { context, page } = await fresh();
    await openList(page, '/my-list/?items=role:constructor,role:care-worker,route:__proto__~adult-nurse,programme:%3Cb%3Ex');
    expect(await page.locator('.plan-title a').allInnerTexts()).toEqual(['Care worker']);
    const note = await shownText(page.locator('.notice').first());
    expect(note).toBe('3 items in the web address are not on this site, so they are left out.');
    await context.close();
  });

  it('has no axe WCAG 2.2 A/AA violations, empty and full, and breaks no Content-Security-Policy rule', async () => {
    const { context, page } = await fresh();
    const blocked = policyErrors(page);
    await openList(page);
    let violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await openList(page, '/my-list/?items=role:care-worker,qualification:care-certificate,programme:good-work-camden,route:nothing~adult-nurse&borough=camden');
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('says plainly that it needs JavaScript, with a link to all jobs', async () => {
    const { context, page } = await fresh({ ...phone, javaScriptEnabled: false });
    await page.goto(`${siteUrl()}/my-list/`);
    expect(await shownText(page.locator('main'))).toContain('My list needs JavaScript');
    expect(await page.getByRole('link', { name: 'all jobs', exact: true }).getAttribute('href')).toBe('/roles/');
    // Nothing that could only fail: no Save button, no header link.
    await page.goto(`${siteUrl()}/roles/care-worker/`);
    expect(await page.locator('[data-save]').isVisible()).toBe(false);
    await context.close();
  });

  it.runIf(headerLink)('the header says how many items are saved', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await saveTwoJobsAndARoute(page);
    await page.goto(`${siteUrl()}/about/`);
    expect(await page.getByRole('link', { name: 'My list (3)' }).getAttribute('href')).toBe('/my-list/');
    // A route page rendered on the server: its Save button is woken by the header's script, and the count follows.
    await page.goto(`${siteUrl()}/route/no-qualifications/porter/`);
    await page.getByRole('button', { name: 'Save this route to my list' }).click();
    expect(await page.getByRole('link', { name: 'My list (4)' }).count()).toBe(1);
    await context.close();
  });
});

describe('on paper', () => {
  it('the list prints as a plan on one A4 page, with a QR code to the same list', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    const path =
      '/my-list/?items=role:care-worker,role:healthcare-support-worker,qualification:care-certificate,route:nothing~adult-nurse,programme:good-work-camden&borough=camden';
    await openList(page, path);
    const { pages, text } = await pdfOf(page);
    expect(pages).toBe(1);
    for (const t of ['Care worker', 'Healthcare support worker', 'Care Certificate', 'Good Work Camden', 'Next steps', 'The steps', 'Local contacts in Camden'])
      expect(text).toContain(squash(t));
    expect(text).toMatch(/Contentlastchecked:?\d{1,2}\w+\d{4}/);
    expect(text).toContain(squash('Review this plan on'));
    expect(text).not.toContain(squash('Copy link'));
    const decoded = await decodeQr(page, '.plan-qr');
    expect(decoded).not.toBeNull();
    expect(new URL(decoded!).origin).toBe('https://careers.example.org');
    expect(pathAndQuery(decoded!)).toBe(pathAndQuery(page.url()));
    await context.close();
  });

  it('a long list prints on two A4 pages at most', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    const items = [
      'care-worker',
      'healthcare-support-worker',
      'adult-nurse',
      'paramedic',
      'porter',
      'home-care-worker',
      'nursing-associate',
      'pharmacy-technician',
      'midwife',
      'social-worker',
    ]
      .map((id) => `role:${id}`)
      .join(',');
    await openList(page, `/my-list/?items=${items},route:nothing~midwife&borough=islington`);
    expect((await pdfOf(page)).pages).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('a comparison of four jobs prints on one A4 page, with a QR code to the same comparison', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await openCompare(page, '/compare/?roles=care-worker,adult-nurse,healthcare-support-worker,paramedic&borough=camden');
    const { pages, text } = await pdfOf(page);
    expect(pages).toBe(1);
    for (const id of ['care-worker', 'adult-nurse', 'healthcare-support-worker', 'paramedic']) expect(text).toContain(squash(role(id).title));
    expect(text).toMatch(/Contentlastchecked:?\d{1,2}\w+\d{4}/);
    expect(text).not.toContain(squash('Add a job'));
    const decoded = await decodeQr(page, '.plan-qr');
    expect(pathAndQuery(decoded!)).toBe(pathAndQuery(page.url()));
    await context.close();
  });

  it('the route finder prints the chosen route only, on one A4 page', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${siteUrl()}/route/?to=adult-nurse&borough=camden`);
    await page.waitForSelector('.route');
    const { pages, text } = await pdfOf(page);
    expect(pages).toBe(1);
    expect(text).toContain(squash('Your routes to Adult nurse'));
    expect(text).toMatch(/Route1:about/);
    expect(text).not.toContain(squash('Common routes'));
    expect(text).not.toContain(squash('Where are you now?'));
    expect(text).not.toContain(squash('Save this route'));
    await context.close();
  });
});

describe('my borough, chosen once', () => {
  it('comes first on another job’s page and in its handout; the rest are behind “Other boroughs”', async () => {
    const { context, page } = await fresh({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${siteUrl()}/roles/care-worker/`);
    await page.getByLabel('Your borough').selectOption({ label: 'Islington' });
    expect(await page.getByRole('status').filter({ hasText: 'Islington' }).textContent()).toBe('Local help in Islington now comes first, on every page.');

    await page.goto(`${siteUrl()}/roles/healthcare-support-worker/`);
    const groups = page.locator('[data-borough-groups]');
    expect(await groups.locator(':scope > [data-borough]').first().getAttribute('data-borough')).toBe('islington');
    expect(await page.getByLabel('Your borough').inputValue()).toBe('islington');
    const others = groups.locator(':scope > details.other-boroughs');
    expect(await shownText(others.locator('summary'))).toMatch(/^Other boroughs \(\d+\)$/);
    expect(await others.getAttribute('open')).toBeNull();
    expect(await others.locator('[data-borough="camden"]').count()).toBe(1);

    await page.goto(`${siteUrl()}/roles/healthcare-support-worker/handout/`);
    const first = page.locator('.handout-help > :not([hidden])').first();
    expect(await first.getAttribute('data-borough')).toBe('islington');
    expect(await shownText(first)).toMatch(/^In Islington:/);
    expect(await page.locator('[data-borough-default]').isVisible()).toBe(false);
    const { pages, text } = await pdfOf(page);
    expect(pages).toBe(1);
    expect(text).toContain('InIslington:');
    expect(text).toContain('Otherboroughs');
    await context.close();
  });

  it('with JavaScript off, every borough’s help shows in the open', async () => {
    const { context, page } = await fresh({ ...phone, javaScriptEnabled: false });
    await page.goto(`${siteUrl()}/roles/healthcare-support-worker/`);
    expect(await page.locator('details.other-boroughs').count()).toBe(0);
    const groups = page.locator('[data-borough-groups] > [data-borough]');
    expect(await groups.count()).toBeGreaterThan(3);
    for (const g of await groups.all()) expect(await g.isVisible()).toBe(true);
    await context.close();
  });
});
