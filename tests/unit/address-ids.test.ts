/**
 * Ids typed into web addresses (`?steps=`, `?select=`, `?from=`/`?to=`) are looked up as the
 * site's own ids only. Plain object indexing would find "constructor", "toString" or
 * "__proto__" on Object.prototype: the slide deck blanked with a TypeError on
 * `?steps=care-worker,constructor` and made an empty slide for `?steps=constructor`.
 */
import { describe, expect, it } from 'vitest';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { parseViewState } from '../../src/lib/map/view-state.ts';
import {
  droppedStepsNotice,
  parseSteps,
  presentData,
  presentNode,
  routeSlides,
  stepSlides,
  stepsInAddress,
  type StepSlide,
} from '../../src/lib/present/slides.ts';
import { routeFromSearchParams } from '../../src/lib/routes/search-params.ts';

const { content, graph } = loadContentFrom('tests/fixtures/basic', { today: '2026-11-30' });
/** As the /present/route/ page embeds it and the browser reads it back. */
const data = JSON.parse(JSON.stringify(presentData(content, graph)));
const prototypeKeys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const steps = (ids: string[]) => routeSlides(data, ids).filter((s): s is StepSlide => s.kind === 'step');

describe('slides from ?steps=', () => {
  it.each(prototypeKeys)('"%s" is not a step', (key) => {
    expect(presentNode(data, key)).toBeUndefined();
    expect(stepSlides(data, [key])).toEqual([]);
  });

  it('?steps=care-worker,constructor: the known step only, and a note that one was left out', () => {
    const slides = routeSlides(data, stepsInAddress('?steps=care-worker,constructor'));
    expect(steps(stepsInAddress('?steps=care-worker,constructor')).map((s) => [s.id, s.step, s.of])).toEqual([['care-worker', 1, 1]]);
    expect(slides[0]).toMatchObject({ kind: 'title', notice: 'One step in the web address is not on this site, so it is left out.' });
    // Plain JSON all through: no function or prototype object slipped into a slide.
    expect(JSON.parse(JSON.stringify(slides))).toEqual(slides);
  });

  it('?steps=constructor makes no step slide, and says why', () => {
    const slides = routeSlides(data, stepsInAddress('?steps=constructor'));
    expect(slides.map((s) => s.kind)).toEqual(['title', 'end']);
    expect(slides[0]).toMatchObject({ text: 'No steps yet.', notice: 'One step in the web address is not on this site, so it is left out.' });
  });

  it('counts every step left out, without repeating what was typed', () => {
    const ids = stepsInAddress('?steps=__proto__,toString,<b>hello</b>,care-worker,nurse');
    expect(ids).toEqual(['__proto__', 'toString', '<b>hello</b>', 'care-worker', 'nurse']);
    const [title] = routeSlides(data, ids);
    expect(title).toMatchObject({ notice: '3 steps in the web address are not on this site, so they are left out.' });
    expect(JSON.stringify(title)).not.toMatch(/hello|toString|__proto__/);
    expect(steps(ids).map((s) => s.id)).toEqual(['care-worker', 'nurse']);
  });

  it('says nothing when every step is known', () => {
    expect(routeSlides(data, ['care-worker', 'nurse'])[0]).not.toHaveProperty('notice');
    expect(droppedStepsNotice(0)).toBeUndefined();
  });

  it('needs that name a prototype key are left out of "What you need"', () => {
    const d = JSON.parse(JSON.stringify(data));
    d.nodes.nurse.needs = ['constructor', 'toString', ...d.nodes.nurse.needs];
    const before = steps(['nurse'])[0]!.facts.find((f) => f.label === 'What you need');
    const [nurse] = routeSlides(d, ['nurse']).filter((s): s is StepSlide => s.kind === 'step');
    expect(nurse!.facts.find((f) => f.label === 'What you need')).toEqual(before);
  });

  it('parseSteps still keeps only id-shaped steps', () => {
    expect(parseSteps('?steps=constructor,__proto__,toString')).toEqual(['constructor']);
  });
});

describe('the map view from ?select=', () => {
  const known = { nodes: new Set(Object.keys(data.nodes)), pathways: new Set(['care']), boroughs: new Set(['camden']) };
  it.each(prototypeKeys)('?select=%s selects nothing and filters nothing', (key) => {
    const state = parseViewState(`?select=${key}&pathway=${key}&borough=${key}&sector=${key}`, known);
    expect(state.select).toBeUndefined();
    expect(state.filters).toEqual({ pathways: [], min: 0, max: 8 });
  });
});

describe('the route finder from ?from= and ?to=', () => {
  it.each(prototypeKeys)('"%s" is not a job or a start', (key) => {
    expect(routeFromSearchParams(graph, `?to=${key}`)).toEqual({ ok: false, errors: [`"${key}" in the link is not a job we know.`] });
    const parsed = routeFromSearchParams(graph, `?from=${key}&to=nurse&borough=${key}&age=${key}`);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([
      `"${key}" in the link is not a job or qualification we know.`,
      `"${key}" in the link is not a borough we know.`,
      expect.stringMatching(new RegExp(`^"${key}" in the link is not an age band`)),
    ]);
  });
});
