/**
 * The "Is this work for me?" self-check: the real content file, the scoring (3 to 6 roles,
 * reasons and things to think about, never one verdict), the result address, and the
 * content check's messages for a broken file.
 */
import { describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import { formatIssues, type RawFile } from '../../src/lib/content/index.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { simpleTextProblems } from '../../src/lib/content/simple-text.ts';
import { loadContent } from '../../src/lib/loader/index.ts';
import { answersFromSearch, answersSearch, decodeAnswers, encodeAnswers } from '../../src/lib/self-check/address.ts';
import { selfCheckModel } from '../../src/lib/self-check/model.ts';
import { MAX_SUGGESTIONS, MIN_SUGGESTIONS, suggestRoles } from '../../src/lib/self-check/score.ts';
import type { Answers, SelfCheckModel } from '../../src/lib/self-check/types.ts';

const TODAY = '2026-11-30';
const loaded = loadContent(readContentFiles('.'), { today: TODAY });
const { content, graph } = loaded;
const selfCheck = content.selfCheck;
if (!selfCheck) throw new Error('content/self-check.yaml did not load: run `npm run check:content`');
const model = selfCheckModel(selfCheck, content.roles, graph);
const counts = model.situations.map((s) => s.answers.length);
const roleIds = new Set(content.roles.map((r) => r.id));

/** A small deterministic random number generator, so the sampled answers are the same every run. */
function lcg(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}
const random = lcg(14);
const sampled: Answers[] = Array.from({ length: 300 }, () => counts.map((n) => (random() < 0.1 ? undefined : Math.floor(random() * n))));
const first: Answers = counts.map(() => 0);
const lastAnswers: Answers = counts.map((n) => n - 1);
const none: Answers = counts.map(() => undefined);
const ids = (a: Answers) => suggestRoles(model, a).suggestions.map((s) => s.role.id);

describe('the self-check content', () => {
  it('loads with no errors, and has 8 to 12 situations of 3 or 4 answers', () => {
    expect(loaded.errors.filter((e) => e.file === 'content/self-check.yaml')).toEqual([]);
    expect(selfCheck.situations.length).toBeGreaterThanOrEqual(8);
    expect(selfCheck.situations.length).toBeLessThanOrEqual(12);
    for (const s of selfCheck.situations) expect(s.answers.length, s.id).toBeGreaterThanOrEqual(3);
    for (const s of selfCheck.situations) expect(s.answers.length, s.id).toBeLessThanOrEqual(4);
  });

  it('keeps every simple text and answer within simple English', () => {
    for (const s of selfCheck.situations) {
      expect(simpleTextProblems(s.simple), s.id).toEqual([]);
      for (const a of s.answers) expect(simpleTextProblems(a.text), a.text).toEqual([]);
    }
  });

  it('names only roles that exist, and every trait applies to at least one', () => {
    for (const t of model.traits) {
      expect(t.roles.length, `${t.id} applies to no role`).toBeGreaterThan(0);
      for (const id of t.roles) expect(roleIds.has(id), `${t.id}: ${id}`).toBe(true);
    }
    // A hand-written list names only real roles (the model would drop an unknown one silently).
    for (const t of selfCheck.traits) for (const id of t.roles ?? []) expect(roleIds.has(id), `${t.id}: ${id}`).toBe(true);
  });

  it('works out derived traits from the roles themselves', () => {
    const trait = (id: string) => model.traits.find((t) => t.id === id)?.roles ?? [];
    expect(trait('nights').sort()).toEqual(
      content.roles
        .filter((r) => r.data.tags.includes('nights'))
        .map((r) => r.id)
        .sort(),
    );
    expect(trait('lived-experience')).toContain('peer-support-worker');
    expect(trait('earn-now')).toContain('care-worker');
    expect(trait('earn-now')).not.toContain('adult-nurse');
    expect(trait('study-first')).toContain('adult-nurse');
    expect(trait('study-first')).not.toContain('care-worker');
  });

  it('builds every situation on at least one named value with a source', () => {
    for (const s of model.situations) expect(s.values.length, s.id).toBeGreaterThan(0);
    for (const v of selfCheck.values) expect(v.source.url ?? v.source.seed).toBeTruthy();
    expect(new Set(selfCheck.values.map((v) => v.from))).toEqual(new Set(['Care workforce pathway (adult social care)', 'NHS Constitution']));
  });
});

describe('suggesting roles', () => {
  it('only ever suggests roles that exist, with the graph’s address, level and pay', () => {
    for (const answers of [first, lastAnswers, none, ...sampled]) {
      for (const s of suggestRoles(model, answers).suggestions) {
        const node = graph.byId.get(s.role.id);
        expect(roleIds.has(s.role.id), s.role.id).toBe(true);
        expect(node?.kind).toBe('role');
        expect(s.role.href).toBe(node?.href);
        expect(s.role.levelLabel).toBe(node?.levelLabel);
        expect(s.role.pay).toBe(node?.pay?.text ?? '');
      }
    }
  });

  it('suggests 3 to 6 different roles, never a single verdict', () => {
    for (const answers of [first, lastAnswers, none, ...sampled]) {
      const found = ids(answers);
      expect(found.length).toBeGreaterThanOrEqual(MIN_SUGGESTIONS);
      expect(found.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
      expect(new Set(found).size).toBe(found.length);
    }
  });

  it('gives different results for opposite answers', () => {
    const a = ids(first);
    const b = ids(lastAnswers);
    expect(a).not.toEqual(b);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('gives the reasons in the answers’ own words, and the role’s own hard parts', () => {
    for (const answers of [first, ...sampled.slice(0, 50)]) {
      const chosen = new Set(model.situations.flatMap((s, i) => (answers[i] === undefined ? [] : [s.answers[answers[i]!]!.text])));
      for (const s of suggestRoles(model, answers).suggestions) {
        if (!s.startingPoint) expect(s.reasons.length).toBeGreaterThan(0);
        for (const lean of [...s.reasons, ...s.concerns]) {
          expect(chosen.has(lean.answer), lean.answer).toBe(true);
          expect(lean.about.length).toBeGreaterThan(0);
        }
        expect(s.role.hard).toEqual(content.roles.find((r) => r.id === s.role.id)?.data.hard);
      }
    }
  });

  it('shows an answer that leans away from something a role needs as a thing to think about', () => {
    const situation = model.situations.findIndex((s) => s.id === 'nights-and-weekends');
    const daytime = model.situations[situation]!.answers.findIndex((a) => a.away.includes('nights'));
    const nightsFine = model.situations[situation]!.answers.findIndex((a) => a.towards.includes('nights'));
    // Happy with a busy ward, end-of-life care and physical work, but only in the daytime.
    const pick = (id: string, trait: string) => {
      const i = model.situations.findIndex((s) => s.id === id);
      return [i, model.situations[i]!.answers.findIndex((a) => a.towards.includes(trait))] as const;
    };
    const answers: (number | undefined)[] = counts.map(() => undefined);
    for (const [i, j] of [pick('busy-ward', 'busy-hospital'), pick('end-of-life', 'end-of-life'), pick('physical-work', 'physical')]) answers[i] = j;
    answers[situation] = daytime;
    const result = suggestRoles(model, answers);
    const nightRoles = new Set(model.traits.find((t) => t.id === 'nights')?.roles);
    const withNights = result.suggestions.filter((s) => nightRoles.has(s.role.id));
    expect(withNights.length).toBeGreaterThan(0);
    const daytimeText = model.situations[situation]!.answers[daytime]!.text;
    for (const s of withNights) expect(s.concerns.map((c) => c.answer)).toContain(daytimeText);
    // The same answers, but nights are fine: no such concern, and the night-shift roles rise.
    answers[situation] = nightsFine;
    for (const s of suggestRoles(model, answers).suggestions) expect(s.concerns).toEqual([]);
  });

  it('with no answers, offers jobs anyone can start, each marked as a starting point', () => {
    const result = suggestRoles(model, none);
    expect(result.answered).toBe(0);
    expect(result.suggestions.length).toBe(MIN_SUGGESTIONS);
    for (const s of result.suggestions) {
      expect(s.startingPoint).toBe(true);
      expect(s.role.noExperience).toBe(true);
    }
  });

  it('keeps the list varied: at most two roles from one pathway when others fit', () => {
    const tiny: SelfCheckModel = {
      situations: [{ id: 's', title: 'S', text: 'A situation.', simple: 'A situation.', values: [], answers: [{ text: 'Yes.', towards: ['t'], away: [] }] }],
      traits: [{ id: 't', about: 'It has t.', roles: ['a1', 'a2', 'a3', 'b1'] }],
      roles: ['a1', 'a2', 'a3', 'b1'].map((id) => ({
        id,
        title: id,
        href: `/roles/${id}/`,
        family: id[0]!,
        levelLabel: 'Entry level',
        pay: '',
        hard: ['Hard.'],
        noExperience: false,
      })),
    };
    expect(suggestRoles(tiny, [0]).suggestions.map((s) => s.role.id)).toEqual(['a1', 'a2', 'b1']);
  });
});

describe('the result address', () => {
  it('round-trips answers, with skipped ones as "-"', () => {
    const answers = [2, 0, undefined, 1, 3, undefined];
    expect(encodeAnswers(answers)).toBe('20-13');
    expect(decodeAnswers('20-13', [4, 4, 4, 4, 4, 4])).toEqual([2, 0, undefined, 1, 3, undefined]);
    expect(answersSearch(answers)).toBe('?a=20-13');
    expect(answersSearch([undefined, undefined])).toBe('');
    const all = sampled[0]!;
    expect(answersFromSearch(answersSearch(all), counts)).toEqual([...all]);
  });

  it('ignores anything it does not know, safely', () => {
    expect(decodeAnswers('9x2', [4, 4, 4])).toEqual([undefined, undefined, 2]);
    expect(decodeAnswers('3', [3])).toEqual([undefined]); // no fourth answer
    expect(decodeAnswers('0123456789', [4, 4])).toEqual([0, 1]); // extra characters dropped
    expect(decodeAnswers(null, [4, 4])).toEqual([undefined, undefined]);
    expect(decodeAnswers('__proto__', [4, 4])).toEqual([undefined, undefined]);
    expect(decodeAnswers('٣１', [4, 4])).toEqual([undefined, undefined]); // digits of other scripts
    expect(answersFromSearch('?a=constructor&a=1', counts).every((a) => a === undefined)).toBe(true);
    expect(answersFromSearch('?b=1', counts).every((a) => a === undefined)).toBe(true);
    expect(decodeAnswers('1'.repeat(10_000), counts)).toEqual(counts.map(() => 1));
  });
});

describe('the content check for content/self-check.yaml', () => {
  const fixture = readContentFiles('tests/fixtures/basic');
  const value = {
    id: 'respect',
    name: 'Respect',
    from: 'A framework',
    meaning: 'Respect the person and their choices.',
    source: { title: 'Fixture', url: 'https://example.org/values' },
  };
  const situation = (i: number) => ({
    id: `s${i}`,
    title: `Situation ${i}`,
    text: 'A short situation from real care work.',
    simple: 'A short situation from work.',
    values: ['respect'],
    answers: [{ text: 'Yes, I would.', towards: ['caring'] }, { text: 'No, I would not.', away: ['caring'] }, { text: 'I am not sure.' }],
  });
  const valid = {
    values: [value],
    traits: [
      { id: 'caring', about: 'You help people every day.', roles: ['care-worker', 'senior-care-worker'] },
      { id: 'nights', about: 'This job can include nights.', match: { tag: 'nights' } },
    ],
    situations: Array.from({ length: 8 }, (_, i) => situation(i)),
    sources: [{ title: 'Fixture', url: 'https://example.org/values' }],
    reviewed: '2026-11-01',
  };
  const run = (data: unknown) => {
    const files: RawFile[] = [...fixture, { path: 'content/self-check.yaml', text: dump(data) }];
    return loadContent(files, { today: TODAY });
  };

  it('accepts a valid file', () => {
    const result = run(valid);
    expect(formatIssues(result.errors)).toBe('');
    expect(result.content.selfCheck?.situations.length).toBe(8);
  });

  it('names an unknown role, trait or value with the nearest ids', () => {
    const broken = structuredClone(valid);
    broken.traits[0]!.roles = ['care-worker', 'senoir-care-worker'];
    broken.situations[1]!.answers[0]!.towards = ['carring'];
    broken.situations[2]!.values = ['respekt'];
    expect(formatIssues(run(broken).errors)).toMatchInlineSnapshot(`
      "content/self-check.yaml: situations[1].answers[0].towards[0]: "carring" is not one of the traits in this file. Fix: did you mean "caring"? Use an id from \`traits\`, or add it there
      content/self-check.yaml: situations[2].values[0]: "respekt" is not one of the values in this file. Fix: did you mean "respect"? Use an id from \`values\`, or add it there
      content/self-check.yaml: traits[0].roles[1]: "senoir-care-worker" is not a known role id. Fix: did you mean "senior-care-worker", "care-worker"? Use an id from content/roles/"
    `);
  });

  it('refuses long simple English and an answer of two sentences', () => {
    const broken = structuredClone(valid);
    broken.situations[0]!.simple = 'This simple text has far too many words in its one and only sentence for a learner to read.';
    broken.situations[0]!.answers[2]!.text = 'I am not sure. I would ask.';
    expect(formatIssues(run(broken).errors)).toMatchInlineSnapshot(`
      "content/self-check.yaml: situations[0].answers[2].text: the answer has more than one sentence. Fix: keep each answer to one short sentence
      content/self-check.yaml: situations[0].simple: the simple-English text sentence 1 has 19 words (at most 15): "This simple text has far too many words in its one and only sentence for a learner to read.". Fix: use at most 3 sentences of at most 15 common words each"
    `);
  });

  it('refuses a trait with both roles and match, or neither', () => {
    const both = { ...valid, traits: [valid.traits[0], { ...valid.traits[1], roles: ['nurse'] }] };
    expect(formatIssues(run(both).errors)).toMatchInlineSnapshot(
      `"content/self-check.yaml: traits[1].roles: needs one of \`roles\` or \`match\` (not both). Fix: list the role ids in \`roles\`, or describe them in \`match\` (tag, open_entry, level_min, level_max)"`,
    );
    const empty = { ...valid, traits: [valid.traits[0], { ...valid.traits[1], match: {} }] };
    expect(formatIssues(run(empty).errors)).toContain('traits[1].match: the match gives no condition');
  });

  it('asks for 8 to 12 situations of at most 4 answers', () => {
    const few = structuredClone(valid);
    few.situations = few.situations.slice(0, 7);
    expect(formatIssues(run(few).errors)).toMatchInlineSnapshot(
      `"content/self-check.yaml: situations: needs at least 8 situations. Fix: give at least 8 items"`,
    );
    const many = structuredClone(valid);
    many.situations[0]!.answers.push({ text: 'Maybe.' }, { text: 'Perhaps.' });
    expect(formatIssues(run(many).errors)).toMatchInlineSnapshot(
      `"content/self-check.yaml: situations[0].answers: has more than 4 answers. Fix: make it at most 4"`,
    );
  });
});
