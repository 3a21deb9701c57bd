/**
 * "My list" and the compare page: lists and comparisons as web addresses (read safely: only
 * the site's own ids, a note for the rest that never repeats them), the facts the two pages
 * fetch, and what each saved item shows.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { compareView } from '../../src/lib/compare.ts';
import {
  addItem,
  compareFromAddress,
  compareFromStorage,
  compareToSearch,
  droppedNotice,
  itemKey,
  itemsFromKeys,
  listFromAddress,
  listFromStorage,
  listToSearch,
  listToStorage,
  MAX_COMPARE,
  MAX_ITEMS,
  parseItemKey,
  removeItem,
  type ShortlistItem,
} from '../../src/lib/shortlist.ts';
import { type ShortlistData, shortlistData, shortlistRouteData } from '../../src/lib/shortlist-data.ts';
import { contactText, entryView, indexShortlist, localHelpIn, MAX_EMAIL_CHARS, mailtoHref, planText, routeView } from '../../src/lib/shortlist-view.ts';
import { findRoutes } from '../../src/lib/routes/index.ts';
import { indexGraph } from '../../src/lib/graph/graph.ts';

const { content, graph } = loadContentFrom('tests/fixtures/basic', { today: '2026-11-30' });
/** As the pages fetch it: through JSON. */
const data: ShortlistData = JSON.parse(JSON.stringify(shortlistData(content, graph)));
const index = indexShortlist(data);
const known = index.known;
const prototypeKeys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

const role = (id: string): ShortlistItem => ({ kind: 'role', id });

describe('item keys', () => {
  it('write and read every kind', () => {
    const items: ShortlistItem[] = [
      role('care-worker'),
      { kind: 'qualification', id: 'diploma-l3' },
      { kind: 'programme', id: 'camden-academy' },
      { kind: 'route', from: 'nothing', to: 'nurse' },
    ];
    expect(items.map(itemKey)).toEqual(['role:care-worker', 'qualification:diploma-l3', 'programme:camden-academy', 'route:nothing~nurse']);
    expect(items.map(itemKey).map(parseItemKey)).toEqual(items);
  });

  it.each(['', 'role', 'role:', 'job:care-worker', 'role:Care Worker', 'route:nothing', 'route:a~b~c', 'route:~nurse', 'role:<b>x</b>'])(
    'refuses %j',
    (key) => {
      expect(parseItemKey(key)).toBeUndefined();
    },
  );
});

describe('a list in a web address', () => {
  it('reopens the same items and borough', () => {
    const items: ShortlistItem[] = [role('care-worker'), { kind: 'route', from: 'nothing', to: 'nurse' }, { kind: 'qualification', id: 'diploma-l3' }];
    const search = listToSearch(items, 'camden');
    expect(search).toBe('?items=role:care-worker,route:nothing~nurse,qualification:diploma-l3&borough=camden');
    expect(listFromAddress(search, known)).toEqual({ items, dropped: 0, over: 0, borough: 'camden', hasItems: true });
  });

  it('reads an address whose separators were escaped on the way (an email program, a QR reader)', () => {
    const parsed = listFromAddress('?items=role%3Acare-worker%2Croute%3Anothing%7Enurse', known);
    expect(parsed.items.map(itemKey)).toEqual(['role:care-worker', 'route:nothing~nurse']);
  });

  it.each(prototypeKeys)('"%s" is never an item, of any kind', (key) => {
    const parsed = listFromAddress(`?items=role:${key},programme:${key},route:${key}~nurse,route:nothing~${key},role:care-worker`, known);
    expect(parsed.items).toEqual([role('care-worker')]);
    expect(parsed.dropped).toBe(4);
  });

  it('drops unknown ids, wrong kinds and impossible routes with a note that does not repeat them', () => {
    const parsed = listFromAddress(
      '?items=role:no-such-job,role:diploma-l3,route:nurse~nurse,route:camden-academy~nurse,<script>,role:nurse&borough=atlantis',
      known,
    );
    expect(parsed.items).toEqual([role('nurse')]);
    expect(parsed).not.toHaveProperty('borough');
    const note = droppedNotice(parsed, 'item');
    expect(note).toBe('5 items in the web address are not on this site, so they are left out.');
    expect(note).not.toMatch(/script|no-such|atlantis/);
    expect(droppedNotice({ dropped: 1, over: 0 }, 'item')).toBe('One item in the web address is not on this site, so it is left out.');
    expect(droppedNotice({ dropped: 0, over: 0 }, 'item')).toBeUndefined();
  });

  it('keeps each item once, and at most MAX_ITEMS', () => {
    expect(listFromAddress('?items=role:nurse,role:nurse&items=role:nurse', known).items).toEqual([role('nurse')]);
    const many = itemsFromKeys(Array.from({ length: MAX_ITEMS + 2 }, (_, i) => `role:job-${i}`));
    expect(many.items).toHaveLength(MAX_ITEMS);
    expect(many.over).toBe(2);
    expect(droppedNotice(many, 'item')).toBe(`A list holds up to ${MAX_ITEMS} items: the first ${MAX_ITEMS} are shown.`);
  });

  it('ignores a huge value instead of reading it', () => {
    const parsed = listFromAddress(`?items=${'role:nurse,'.repeat(500)}`, known);
    expect(parsed.items).toEqual([]);
    expect(droppedNotice(parsed, 'item')).toMatch(/^One item/);
  });

  it('an empty list with no borough is no query at all', () => {
    expect(listToSearch([])).toBe('');
    expect(listToSearch([], 'camden')).toBe('?borough=camden');
    expect(listFromAddress('', known)).toEqual({ items: [], dropped: 0, over: 0, hasItems: false });
  });
});

describe('a list on the device', () => {
  it('adds once, removes, and survives storage', () => {
    let list = addItem([], role('nurse'));
    list = addItem(list, role('nurse'));
    list = addItem(list, { kind: 'route', from: 'care-worker', to: 'nurse' });
    expect(list.map(itemKey)).toEqual(['role:nurse', 'route:care-worker~nurse']);
    expect(listFromStorage(listToStorage(list))).toEqual(list);
    expect(removeItem(list, role('nurse')).map(itemKey)).toEqual(['route:care-worker~nurse']);
  });

  it.each(['', 'not json', '{"a":1}', '[1,2,"role:nurse",null]', 'null'])('reads %j without throwing', (stored) => {
    expect(() => listFromStorage(stored)).not.toThrow();
  });

  it('stops at MAX_ITEMS', () => {
    let list: ShortlistItem[] = [];
    for (let i = 0; i < MAX_ITEMS + 5; i++) list = addItem(list, role(`job-${i}`));
    expect(list).toHaveLength(MAX_ITEMS);
  });
});

describe('a comparison in a web address', () => {
  it('reopens the same jobs and borough', () => {
    const search = compareToSearch(['care-worker', 'nurse'], 'hackney');
    expect(search).toBe('?roles=care-worker,nurse&borough=hackney');
    expect(compareFromAddress(search, known)).toEqual({ roles: ['care-worker', 'nurse'], dropped: 0, over: 0, borough: 'hackney' });
    expect(compareFromAddress('?roles=care-worker&roles=nurse', known).roles).toEqual(['care-worker', 'nurse']);
  });

  it.each(prototypeKeys)('"%s" is not a job', (key) => {
    expect(compareFromAddress(`?roles=${key},nurse`, known)).toMatchObject({ roles: ['nurse'], dropped: 1 });
  });

  it('only jobs: a qualification is left out, with a note', () => {
    const parsed = compareFromAddress('?roles=nurse,diploma-l3,care-worker', known);
    expect(parsed.roles).toEqual(['nurse', 'care-worker']);
    expect(droppedNotice(parsed, 'job')).toBe('One job in the web address is not on this site, so it is left out.');
  });

  it(`shows at most ${MAX_COMPARE} and says so`, () => {
    const parsed = { roles: ['a', 'b', 'c', 'd'], dropped: 0, over: 2 };
    expect(droppedNotice(parsed, 'job')).toBe(`You can compare up to ${MAX_COMPARE} jobs: the first ${MAX_COMPARE} are shown.`);
    expect(compareFromStorage('["nurse","nurse","x y","care-worker","a","b","c"]')).toEqual(['nurse', 'care-worker', 'a', 'b']);
  });
});

describe('the facts the pages fetch', () => {
  it('carries the graph’s pay text, never figures of its own', () => {
    for (const r of data.roles) expect(r.pay.text).toBe(graph.byId.get(r.id)?.pay?.text);
    expect(data.roles.find((r) => r.id === 'nurse')?.pay.text).toMatch(/Band 5/);
  });

  it('says what each way in needs first', () => {
    const nurse = data.roles.find((r) => r.id === 'nurse')!;
    expect(nurse.ways).toEqual([
      expect.objectContaining({ id: 'nursing-degree', level: 'Level 6', time: 'about 1 year', needs: 'Level 3 Diploma in Adult Care' }),
    ]);
    expect(data.qualifications.find((q) => q.id === 'diploma-l3')?.needs).toBe('Care worker (a job)');
  });

  it('route data is the graph without long text', () => {
    const routes = shortlistRouteData(content, graph);
    expect(routes.graph.nodes.every((n) => n.summary === '')).toBe(true);
    expect(new Map(routes.details).has('camden-academy')).toBe(true);
  });
});

/** Hand-made data: two boroughs' programmes, one open to all. */
const made: ShortlistData = {
  ...data,
  boroughs: [
    { id: 'camden', name: 'Camden' },
    { id: 'hackney', name: 'Hackney' },
    { id: 'lambeth', name: 'Lambeth' },
  ],
  programmes: [
    { ...data.programmes[0]!, id: 'camden-only', title: 'Camden only', boroughs: ['camden'], wide: false, phone: '020 7946 0000', email: 'jobs@example.org' },
    { ...data.programmes[0]!, id: 'everyone', title: 'Everyone', boroughs: ['camden', 'hackney', 'lambeth'], wide: true },
  ],
  roles: data.roles.map((r) => (r.id === 'care-worker' ? { ...r, help: ['camden-only', 'everyone', 'constructor'] } : r)),
};
const madeIndex = indexShortlist(made);

describe('local help in the chosen borough', () => {
  it('that borough’s own programmes first, then those open to all', () => {
    expect(localHelpIn(madeIndex, ['everyone', 'camden-only'], 'camden').programmes.map((p) => p.id)).toEqual(['camden-only', 'everyone']);
    expect(localHelpIn(madeIndex, ['everyone', 'camden-only'], 'hackney').programmes.map((p) => p.id)).toEqual(['everyone']);
  });

  it('with no borough: those open to all, and a prompt to choose', () => {
    const help = localHelpIn(madeIndex, ['everyone', 'camden-only'], undefined);
    expect(help.programmes.map((p) => p.id)).toEqual(['everyone']);
    expect(help.note).toMatch(/Choose your borough/);
  });

  it('none there: says so, and where else to ask', () => {
    expect(localHelpIn(madeIndex, ['camden-only'], 'lambeth')).toEqual({
      programmes: [],
      note: 'None for Lambeth residents in our list.',
      ask: 'Ask the National Careers Service (0800 100 900) or your council’s job service.',
    });
  });

  it('a contact in words', () => {
    expect(contactText({ phone: '020 7946 0000', email: 'jobs@example.org', url: 'https://www.example.org/x' })).toBe(
      'Phone 020 7946 0000 · jobs@example.org · example.org',
    );
  });
});

describe('what a saved item shows', () => {
  it('a job: pay, level, next steps, local help in the borough and a route link', () => {
    const view = entryView(madeIndex, { kind: 'role', id: 'care-worker' }, 'camden')!;
    expect(view.facts[0]).toEqual({ label: 'Pay', text: expect.stringContaining(graph.byId.get('care-worker')!.pay!.text) });
    expect(view.next[0]).toMatch(/^Apply now/);
    expect(view.help?.programmes.map((p) => p.id)).toEqual(['camden-only', 'everyone']);
    expect(view.links[0]?.href).toBe('/route/?to=care-worker&borough=camden');
  });

  it('a job with one way in: what you need, then what that needs first', () => {
    const view = entryView(madeIndex, { kind: 'role', id: 'nurse' }, undefined)!;
    expect(view.next).toEqual(['You need: Nursing degree (about 1 year).', 'For Nursing degree, first you need: Level 3 Diploma in Adult Care.']);
  });

  it('a qualification: what it needs first and the jobs it leads to', () => {
    const view = entryView(madeIndex, { kind: 'qualification', id: 'nursing-degree' }, undefined)!;
    expect(view.next).toEqual(['First you need: Level 3 Diploma in Adult Care.', 'It gets you into: Registered nurse.']);
  });

  it('a route: the route finder’s best route as numbered steps', () => {
    const result = findRoutes(indexGraph(shortlistRouteData(content, graph).graph), { from: { kind: 'nothing' }, to: 'nurse' });
    const view = routeView(madeIndex, { kind: 'route', from: 'nothing', to: 'nurse' }, result, [], 'camden');
    expect(view.title).toBe('No qualifications yet to Registered nurse');
    expect(view.next[0]).toMatch(/^Get a job: Care worker/);
    expect(view.steps).toBe(true);
    expect(view.href).toBe('/route/?to=nurse&borough=camden');
    expect(view.help?.note).toMatch(/Camden/);
  });

  it('an email of the plan: titles, next steps, contacts and the link, never too long', () => {
    const views = [entryView(madeIndex, role('care-worker') as { kind: 'role'; id: string }, 'camden')!];
    const text = planText(views, { link: 'https://careers.example.org/my-list/?items=role:care-worker', boroughName: 'Camden' });
    expect(text).toContain('1. Care worker (Job)');
    expect(text).toContain('Local help: Camden only (Phone 020 7946 0000 · jobs@example.org · example.org)');
    expect(text).toContain('Open this list online: https://careers.example.org/my-list/?items=role:care-worker');
    const long = planText(
      Array.from({ length: 30 }, () => views[0]!),
      { link: 'https://x.example/' },
    );
    expect(long.length).toBeLessThanOrEqual(MAX_EMAIL_CHARS);
    expect(long).toContain('Open this list online: https://x.example/');
    expect(mailtoHref('My list', 'a & b')).toBe('mailto:?subject=My%20list&body=a%20%26%20b');
  });
});

describe('jobs side by side', () => {
  it('one row per question, one cell per job, pay from the graph', () => {
    const view = compareView(madeIndex, ['care-worker', 'nurse'], 'camden');
    expect(view.columns.map((c) => c.title)).toEqual(['Care worker', 'Registered nurse']);
    expect(view.rows.map((r) => r.id)).toEqual(['pay', 'level', 'hours', 'ways', 'needs', 'registration', 'good', 'hard', 'help']);
    expect(view.rows.every((r) => r.cells.length === 2)).toBe(true);
    expect(view.rows[0]!.cells[1]!.text).toContain(graph.byId.get('nurse')!.pay!.text);
    expect(view.rows.find((r) => r.id === 'help')?.label).toBe('Local help in Camden');
    expect(view.rows.find((r) => r.id === 'help')?.cells[0]?.links?.map((l) => l.text)).toEqual(['Camden only', 'Everyone']);
    expect(view.rows.find((r) => r.id === 'ways')?.cells[0]?.list?.[0]).toMatch(/^Apply with no qualifications/);
    expect(view.reviewed).toBe('2026-11-01');
  });
});
