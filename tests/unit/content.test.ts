import { describe, it, expect } from 'vitest';
import { formatIssues, ContentError } from '../../src/lib/content/index.ts';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { nearestIds } from '../../src/lib/content/suggest.ts';
import { simpleTextProblems } from '../../src/lib/content/simple-text.ts';
import { base, TODAY, withFile, run, errorsOf } from './fixture-content.ts';

describe('content pipeline', () => {
  it('loads the fixture with no errors or warnings', () => {
    const c = run(base);
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([]);
    expect(c.content.roles.map((r) => r.id)).toEqual(['care-worker', 'nurse', 'senior-care-worker']);
    expect(c.content.roles[0]!.data.also_known_as).toEqual([]); // defaults applied
  });

  it('reports an unknown id with the nearest existing ids', () => {
    const files = withFile('content/roles/care-worker.md', (t) => t.replace('progression: [senior-care-worker]', 'progression: [senior-carer-worker]'));
    expect(errorsOf(files)).toMatchInlineSnapshot(
      `"content/roles/care-worker.md: progression[0]: "senior-carer-worker" is not a known role id. Fix: did you mean "senior-care-worker", "care-worker"? Use an id from content/roles/"`,
    );
  });

  it('reports an id of the wrong kind', () => {
    const files = withFile('content/roles/senior-care-worker.md', (t) => t.replace('entry: [diploma-l3]', 'entry: [care-worker]'));
    expect(errorsOf(files)).toContain('content/roles/senior-care-worker.md: entry[0]: "care-worker" is a role, but this field takes a qualification id');
  });

  it('reports duplicate ids across collections', () => {
    const files = [
      ...base,
      {
        path: 'content/glossary/care-certificate.md',
        text: '---\nterm: Care Certificate\nsimple: Basic training at work.\nsources: [{title: Fixture, url: "https://example.org/"}]\nreviewed: 2026-11-01\n---\n',
      },
    ];
    // The message names both files, so it also fails if the fixture's qualification is gone.
    expect(errorsOf(files)).toMatchInlineSnapshot(
      `"content/glossary/care-certificate.md: (file name): the id "care-certificate" is already used by content/qualifications/care-certificate.md. Fix: ids must be unique across all content: rename one of the two"`,
    );
  });

  it('reports wrong types with the expected type', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace('level: 6', 'level: six').replace('progression: []', 'progression: adult-nurse'));
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/roles/nurse.md: level: expected a number, found "six". Fix: write it as a number
      content/roles/nurse.md: progression: expected a list, found "adult-nurse". Fix: write it as a list, like \`progression: [first-id, second-id]\`"
    `);
  });

  it('reports missing required fields', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace(/^pay:\n(?: {2}.*\n)+/m, '').replace(/^dbs: .*\n/m, ''));
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/roles/nurse.md: dbs: this required field is missing. Fix: add \`dbs:\` with one of: none, basic, standard, enhanced, enhanced-barred (see docs/content-guide.md)
      content/roles/nurse.md: pay: this required field is missing. Fix: add \`pay:\` with a group of fields (see docs/content-guide.md)"
    `);
  });

  it('keeps pay in one place: refuses a £ figure in a role, an unknown band, and a figure under the legal minimum', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace('  bands: ["5"]', '  bands: ["5", "7"]\n  note: "About £12.00 an hour."'));
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/roles/nurse.md: pay.bands[1]: Band 7 is not in the 2026/27 pay scales. Fix: use a band listed in content/pay-scales.yaml (2, 5), or add it there
      content/roles/nurse.md: pay.note: the note gives a £ figure. Fix: figures live in content/pay-scales.yaml: point at a band (\`bands\`) or a rate (\`rates\`), and say the rest in words"
    `);
    const low = withFile(
      'content/pay-scales.yaml',
      (t) =>
        `${t}rates:\n  - id: care-median\n    title: Median pay of care workers\n    hourly: 12.00\n    year: "2026/27"\n    source: { title: Fixture pay survey, url: https://example.org/survey }\n`,
    );
    expect(errorsOf(low)).toMatchInlineSnapshot(
      `"content/pay-scales.yaml: rates[0].hourly: £12.00 an hour is under the National Living Wage in force (£12.71 from April 2026). Fix: find a figure for the current pay year, or remove this rate and the roles that point at it"`,
    );
  });

  it('warns when a pay figure belongs to a pay year a newer one has replaced', () => {
    const old = withFile(
      'content/pay-scales.yaml',
      (t) =>
        `${t}rates:\n  - id: care-median\n    title: Median pay of care workers\n    hourly: 13.00\n    year: "2025/26"\n    source: { title: Fixture pay survey, url: https://example.org/survey }\n`,
    );
    expect(formatIssues(run(old).warnings)).toMatchInlineSnapshot(
      `"warning: content/pay-scales.yaml: rates[0].year: the figure "care-median" is for 2025/26, a pay year that 2026/27 has replaced. Fix: find the 2026/27 figure in the source and update it, with its year"`,
    );
  });

  it('changes pay on every role when one band figure changes in the pay scales', () => {
    const before = run(base).graph.byId.get('nurse')?.pay?.text;
    const raised = run(
      withFile('content/pay-scales.yaml', (t) => t.replace('"5": { from: 32073, to: 39043 }', '"5": { from: 33000, to: 40000 }')),
    ).graph.byId.get('nurse')?.pay?.text;
    expect(before).toBe('NHS Band 5: £32,073 to £39,043 a year (2026/27).');
    expect(raised).toBe('NHS Band 5: £33,000 to £40,000 a year (2026/27).');
  });

  it('refuses routes that skip requirements: a registered job entered by its degree, a degree with no Level 3', () => {
    const skip = withFile('content/roles/nurse.md', (t) => t.replace('dbs: enhanced-barred', 'regulator: NMC\ndbs: enhanced-barred'));
    expect(errorsOf(skip)).toMatchInlineSnapshot(
      `"content/roles/nurse.md: entry[0]: "nursing-degree" is a degree, but a job registered with the NMC is entered through its registration. Fix: put the registration (kind: registration) in \`entry\`, and list "nursing-degree" in that registration's \`requires_any\`"`,
    );
    const noLevel3 = withFile('content/qualifications/nursing-degree.md', (t) => t.replace('requires: [diploma-l3]', 'requires: []'));
    expect(errorsOf(noLevel3)).toMatchInlineSnapshot(
      `"content/qualifications/nursing-degree.md: requires_any: a degree needs a Level 3 qualification first, but none is listed. Fix: add a choice of the Level 3 routes the sources accept, like \`[a-levels, access-to-he-health, t-level-health]\`"`,
    );
  });

  it('refuses a javascript: address in any url field', () => {
    const bad = withFile('content/roles/nurse.md', (t) => t.replace('url: https://example.org/fixture-source', 'url: "javascript:alert(1)"'));
    expect(errorsOf(bad)).toMatchInlineSnapshot(
      `"content/roles/nurse.md: sources[0].url: "javascript:alert(1)" must be a web address starting with https://. Fix: give the https:// address of the page with the fact (no javascript:, data: or other kinds of address)"`,
    );
    const prog = withFile('content/programmes/camden-academy.md', (t) =>
      t.replace('url: https://example.org/camden-academy', 'url: "javascript:alert(document.cookie)"'),
    );
    expect(errorsOf(prog)).toMatchInlineSnapshot(
      `"content/programmes/camden-academy.md: url: "javascript:alert(document.cookie)" must be a web address starting with https://. Fix: give the https:// address of the page with the fact (no javascript:, data: or other kinds of address)"`,
    );
  });

  it('reports unknown fields and bad enum values with the allowed ones', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace('sector: social-care', 'sector: hospital\ncolour: red'));
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/roles/nurse.md: (front matter): unknown field \`colour\`. Fix: remove it or correct the spelling; known fields are: title, also_known_as, sector, family, level, summary, simple, pay, hours, good, hard, open_entry, entry, in_work, progression, regulator, dbs, tags, names, sources, reviewed
      content/roles/nurse.md: sector: "hospital" is not allowed. Fix: use one of: social-care, nhs, both"
    `);
  });

  it('reports bad YAML with its line', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace('title: Registered nurse', 'title: [Registered nurse'));
    expect(errorsOf(files)).toMatch(/^content\/roles\/nurse\.md: \(yaml\): the YAML cannot be read at line \d+, column \d+: .+\. Fix: check the indentation/);
  });

  it('reports a file with no front matter', () => {
    const files = withFile('content/roles/nurse.md', 'Just text.');
    expect(errorsOf(files)).toContain('content/roles/nurse.md: (front matter): the file has no front matter. Fix: start the file with a line `---`');
  });

  it('reports a role that no route reaches', () => {
    const files = withFile('content/roles/senior-care-worker.md', (t) => t.replace('progression: [nurse]', 'progression: []')).map((f) =>
      f.path === 'content/roles/nurse.md' ? { ...f, text: f.text.replace('entry: [nursing-degree]', 'entry: []') } : f,
    );
    expect(errorsOf(files)).toMatchInlineSnapshot(
      `
      "content/roles/nurse.md: entry: this job has no way in: it is not open entry and lists no entry qualification. Fix: list what gets people in under \`entry\` (from the sources), or set \`open_entry: true\` if people can apply with no qualifications
      content/roles/nurse.md: entry: no route reaches "nurse" from any journey's starting point. Fix: add a qualification id to \`entry\`, set \`open_entry: true\`, or list this role in another role's \`progression\` or a programme's \`leads_to\`"
    `,
    );
  });

  it('reports a [[link]] to nothing, with suggestions', () => {
    const files = withFile('content/roles/care-worker.md', (t) => t.replace('[[care-certificate]]', '[[care-certficate]]'));
    expect(errorsOf(files)).toMatchInlineSnapshot(
      `"content/roles/care-worker.md: body: the link [[care-certficate]] points to no entry. Fix: did you mean [[care-certificate]], [[care-worker]]? Or remove the brackets"`,
    );
  });

  it('warns about a borough with no programme, without failing', () => {
    const files = withFile('content/boroughs.yaml', (t) => `${t}- id: lambeth\n  name: Lambeth\n`);
    const c = run(files);
    expect(c.errors).toEqual([]);
    expect(formatIssues(c.warnings)).toMatchInlineSnapshot(
      `"warning: content/boroughs.yaml: lambeth: no programme serves Lambeth. Fix: add "lambeth" to the \`boroughs\` of a programme in content/programmes/ that residents there can use"`,
    );
  });

  it('warns about an entry not reviewed for over 12 months', () => {
    const files = withFile('content/qualifications/nursing-degree.md', (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 2025-10-31'));
    const c = run(files);
    expect(c.errors).toEqual([]);
    expect(formatIssues(c.warnings)).toMatchInlineSnapshot(
      `"warning: content/qualifications/nursing-degree.md: reviewed: last reviewed 2025-10-31, more than 12 months ago. Fix: check the entry against its sources, then set \`reviewed\` to today's date"`,
    );
  });

  it('rejects simple-English text that is too long', () => {
    const long = 'You help people who need care every single day in their own homes across the whole of London.';
    const files = withFile('content/roles/nurse.md', (t) => t.replace('simple: You help people. You need a DBS check.', `simple: ${long}`));
    expect(errorsOf(files)).toContain('content/roles/nurse.md: simple: the simple-English text sentence 1 has 18 words (at most 15)');
  });

  it('rejects a source with neither url nor seed', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace('    url: https://example.org/fixture-source\n', ''));
    expect(errorsOf(files)).toContain('content/roles/nurse.md: sources[0]: needs either a url or a seed key');
  });

  it('collects every error at once rather than stopping at the first', () => {
    const files = withFile('content/roles/nurse.md', (t) => t.replace('level: 6', 'level: 9')).map((f) =>
      f.path === 'content/roles/care-worker.md' ? { ...f, text: f.text.replace('family: care', 'family: cares') } : f,
    );
    const c = run(files);
    expect(c.errors.map((e) => `${e.file} ${e.field}`)).toEqual(['content/roles/nurse.md level', 'content/roles/care-worker.md family[0]']);
  });

  it('throws a ContentError listing every error from loadContentOrThrow', () => {
    expect(() => loadContentFrom('tests/fixtures/broken', { today: TODAY })).toThrow(ContentError);
    try {
      loadContentFrom('tests/fixtures/broken', { today: TODAY });
    } catch (e) {
      expect((e as Error).message).toMatch(/^The content has \d+ errors?:\ncontent\//);
    }
  });
});

describe('helpers', () => {
  it('suggests nearest ids by spelling and shared words', () => {
    expect(nearestIds('nurse-adult', ['adult-nurse', 'care-worker', 'midwife'])).toEqual(['adult-nurse']);
    expect(nearestIds('zzz', ['adult-nurse'])).toEqual([]);
  });
  it('measures simple text', () => {
    expect(simpleTextProblems('You help people. You do not need qualifications to start.')).toEqual([]);
    expect(simpleTextProblems('One. Two. Three. Four.')).toEqual(['has 4 sentences (at most 3)']);
  });
});
