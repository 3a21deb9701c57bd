import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError, formatIssues } from '../../src/lib/content/index.ts';
import { darkenForWhite, whiteContrast } from '../../src/lib/content/guards.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { loadContent, loadContentFrom } from '../../src/lib/loader/index.ts';
import { FIXTURE, base, TODAY, withFile, withFiles, run, errorsOf, warningsOf } from './fixture-content.ts';

const NURSE = 'content/roles/nurse.md';

describe('reading the content folder', () => {
  const dirs: string[] = [];
  /** A copy of the fixture in a temporary folder, with `setup` run in it. */
  const copy = (setup: (root: string) => void) => {
    const root = mkdtempSync(join(tmpdir(), 'content-guards-'));
    dirs.push(root);
    cpSync(FIXTURE, root, { recursive: true });
    setup(root);
    return root;
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('reads the fixture with no issues', () => {
    const read = readContent(FIXTURE);
    expect(read.issues).toEqual([]);
    expect(read.files.map((f) => f.path)).toEqual(base.map((f) => f.path));
  });

  it('says when there is no content folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'content-guards-'));
    dirs.push(empty);
    expect(formatIssues(readContent(empty).issues)).toMatchInlineSnapshot(
      `"content: (folder): there is no content folder here. Fix: run the check in the project folder, or give the folder that holds content/ with \`--root\`"`,
    );
  });

  it('refuses a link, never reading the file it points to', () => {
    const root = copy((r) => {
      writeFileSync(join(r, 'outside.md'), '---\ntitle: SECRET OUTSIDE\n---\n');
      symlinkSync('../../outside.md', join(r, 'content/roles/linked.md'));
      symlinkSync('../roles', join(r, 'content/glossary/roles-again'));
    });
    const read = readContent(root);
    expect(read.files.some((f) => f.text.includes('SECRET OUTSIDE'))).toBe(false);
    expect(formatIssues(loadContent(read, { today: TODAY }).errors)).toMatchInlineSnapshot(`
      "content/glossary/roles-again: (file): is a link to "../roles": content files must be real files inside content/. Fix: replace the link with the file itself (copy it into content/), then delete the link
      content/roles/linked.md: (file): is a link to "../../outside.md": content files must be real files inside content/. Fix: replace the link with the file itself (copy it into content/), then delete the link"
    `);
    expect(() => loadContentFrom(root, { today: TODAY })).toThrow(ContentError);
  });

  it('warns about files in content/ that are not .md or .yaml, and skips them', () => {
    const root = copy((r) => {
      writeFileSync(join(r, 'content/roles/porter.markdown'), '---\ntitle: Porter\n---\n');
      writeFileSync(join(r, 'content/notes.txt'), 'to do');
      writeFileSync(join(r, 'content/extra.yml'), '- a');
    });
    const loaded = loadContent(readContent(root), { today: TODAY });
    expect(loaded.errors).toEqual([]);
    expect(formatIssues(loaded.warnings)).toMatchInlineSnapshot(`
      "warning: content/extra.yml: (file): this file is ignored: only .md and .yaml files are content. Fix: rename it to content/extra.yaml if it is content, or move it out of content/
      warning: content/notes.txt: (file): this file is ignored: only .md and .yaml files are content. Fix: rename it to content/notes.md if it is an entry, or move it out of content/
      warning: content/roles/porter.markdown: (file): this file is ignored: only .md and .yaml files are content. Fix: rename it to content/roles/porter.md if it is an entry, or move it out of content/"
    `);
  });
});

describe('content guards', () => {
  it('refuses blank text in a required field and in a list', () => {
    const files = withFile(NURSE, (t) => t.replace('title: Registered nurse', 'title: "   "').replace('good: [Good thing]', 'good: [Good thing, " "]'));
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/roles/nurse.md: good[1]: the text is blank. Fix: write the text (spaces alone do not count); for an empty list item, remove the item
      content/roles/nurse.md: title: the text is blank. Fix: write the text (spaces alone do not count); for an empty list item, remove the item"
    `);
    const summary = withFile('content/pathways/care.md', (t) => t.replace('summary: A fixture pathway used by the tests.', 'summary: "            "'));
    expect(errorsOf(summary)).toMatchInlineSnapshot(
      `"content/pathways/care.md: summary: the text is blank. Fix: write the text (spaces alone do not count); for an empty list item, remove the item"`,
    );
  });

  it('refuses hidden text-direction characters in a field, the body, a comment and a YAML file', () => {
    const files = withFiles({
      [NURSE]: (t) =>
        t
          .replace('title: Registered nurse', 'title: "Registered \u202Enurse"')
          .replace('hours: Shifts.', '# a comment \u2066\nhours: Shifts.')
          .replace('Fixture body for', 'Fixture \u200Fbody for'),
      'content/pay-scales.yaml': (t) => t.replace('title: National Living Wage', 'title: National \u202BLiving Wage'),
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/pay-scales.yaml: wages[0].title: contains a hidden text-direction character U+202B (right-to-left embedding). Fix: delete it: the character is invisible and can make text show in a different order from how it is stored (the site sets the direction of each language itself). If you cannot see it, retype the words around it
      content/roles/nurse.md: (body): contains a hidden text-direction character U+200F (right-to-left mark) at line 26. Fix: delete it: the character is invisible and can make text show in a different order from how it is stored (the site sets the direction of each language itself). If you cannot see it, retype the words around it
      content/roles/nurse.md: title: contains a hidden text-direction character U+202E (right-to-left override). Fix: delete it: the character is invisible and can make text show in a different order from how it is stored (the site sets the direction of each language itself). If you cannot see it, retype the words around it"
    `);
    const comment = withFile(NURSE, (t) => t.replace('hours: Shifts.', '# a comment \u2066\nhours: Shifts.'));
    expect(errorsOf(comment)).toMatchInlineSnapshot(
      `"content/roles/nurse.md: (file): contains a hidden text-direction character U+2066 (left-to-right isolate) at line 10. Fix: delete it: the character is invisible and can make text show in a different order from how it is stored (the site sets the direction of each language itself). If you cannot see it, retype the words around it"`,
    );
  });

  it('refuses a date that does not exist, and dates after today', () => {
    const files = withFiles({
      [NURSE]: (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 2026-02-30'),
      'content/roles/care-worker.md': (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 2026-12-01'),
      'content/programmes/camden-academy.md': (t) => t.replace('status_checked: 2026-11-01', 'status_checked: 2026-11-23'),
      'content/pay-scales.yaml': (t) => t.replace('effective: "2026-04-01"\n        source:', 'effective: "2028-04-01"\n        source:'),
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/pay-scales.yaml: wages[0].rates[0].effective: 2028-04-01 is more than a year after today (2026-11-22). Fix: add a rate once it has been announced, at most a year before it takes effect, with the date it takes effect
      content/programmes/camden-academy.md: status_checked: 2026-11-23 is in the future (today is 2026-11-22). Fix: write the date you confirmed the status: today or earlier
      content/roles/care-worker.md: reviewed: 2026-12-01 is in the future (today is 2026-11-22). Fix: write the date you checked the entry against its sources: today or earlier
      content/roles/nurse.md: reviewed: "2026-02-30" is not a real date. Fix: check the day and the month, and write a date that exists, as YYYY-MM-DD"
    `);
  });

  it('refuses pay years before 2020 or more than one year after the one in force', () => {
    const files = withFile('content/pay-scales.yaml', (t) =>
      t
        .replace('- year: "2025/26"', '- year: "2028/29"')
        .concat(
          'rates:\n  - id: care-median\n    title: Median pay of care workers\n    hourly: 13.00\n    year: "2019/20"\n    source: { title: Fixture pay survey, url: https://example.org/survey }\n',
        ),
    );
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/pay-scales.yaml: agenda_for_change[1].year: "2028/29" is more than one pay year after the one in force today (2026/27). Fix: check the year in the source and write the pay year the figures are for (at most 2027/28)
      content/pay-scales.yaml: rates[0].year: "2019/20" is before 2020/21: too old to show as pay today. Fix: check the year in the source and write the pay year the figures are for, or remove the old figures"
    `);
    const next = withFile('content/pay-scales.yaml', (t) => t.replace('- year: "2025/26"', '- year: "2027/28"'));
    expect(run(next).errors.filter((e) => e.field.endsWith('.year'))).toEqual([]);
  });

  it('refuses common words, one-letter forms and the same key word in two glossary entries', () => {
    const files = withFiles({
      'content/glossary/dbs-check.md': (t) => t.replace('also: [DBS]', 'also: [DBS, the, "X"]'),
      'content/glossary/criminal-record.md':
        '---\nterm: Criminal record check\nalso: ["dbs  CHECK"]\nsimple: A check of your past.\nsources: [{title: Fixture, url: "https://example.org/a"}]\nreviewed: 2026-11-01\n---\n',
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/glossary/dbs-check.md: also[1]: "the" is a common English word: the site would mark it in nearly every sentence. Fix: use a longer phrase people would look up (like "care plan"), or remove it
      content/glossary/dbs-check.md: also[2]: "X" is shorter than 2 letters. Fix: use the whole word or phrase people would look up, or remove it
      content/glossary/dbs-check.md: term: "DBS check" is already a key word of content/glossary/criminal-record.md (also[0]). Fix: a word can have only one meaning on the site: keep it in one glossary entry and remove it from the other"
    `);
  });

  it('refuses a pathway colour white text cannot be read on', () => {
    const files = withFile('content/pathways/care.md', (t) => t.replace('colour: "#1d70b8"', 'colour: "#4fa3e0"'));
    expect(errorsOf(files)).toMatchInlineSnapshot(
      `"content/pathways/care.md: colour: white text on #4fa3e0 has a contrast ratio of 2.74:1, under the 4.5:1 people need to read it. Fix: use a darker colour, like #3c7baa (the same colour, darker)"`,
    );
    expect(whiteContrast(darkenForWhite('#4fa3e0'))).toBeGreaterThanOrEqual(4.5);
    expect(whiteContrast('#1d70b8')).toBeGreaterThanOrEqual(4.5);
  });

  it('refuses a body over 20,000 characters', () => {
    const files = withFile(NURSE, (t) => `${t}\n${'Words about the job. '.repeat(1000)}`);
    expect(errorsOf(files)).toMatchInlineSnapshot(
      `"content/roles/nurse.md: (body): the body is 21,079 characters long (at most 20,000). Fix: shorten it: keep to the sections in docs/content-guide.md and leave long detail to the sources"`,
    );
  });

  it('says when a file has a byte order mark, or an empty front matter block', () => {
    expect(errorsOf(withFile(NURSE, (t) => `\uFEFF${t}`))).toMatchInlineSnapshot(
      `"content/roles/nurse.md: (file): the file starts with a byte order mark (BOM), an invisible character some editors add. Fix: save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding", then "UTF-8")"`,
    );
    expect(errorsOf(withFile('content/boroughs.yaml', (t) => `\uFEFF${t}`))).toMatchInlineSnapshot(
      `"content/boroughs.yaml: (file): the file starts with a byte order mark (BOM), an invisible character some editors add. Fix: save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding", then "UTF-8")"`,
    );
    const empty = errorsOf(withFile('content/glossary/dbs-check.md', '---\n---\n\nA body.\n'));
    expect(empty).toMatchInlineSnapshot(
      `"content/glossary/dbs-check.md: (front matter): the front matter block is empty: there is nothing between the two \`---\` lines. Fix: put the entry's fields between the \`---\` lines (the fields of each folder are in docs/content-guide.md)"`,
    );
    expect(errorsOf(withFile('content/glossary/dbs-check.md', '---\n\n# only a comment\n---\n'))).toBe(empty);
  });

  it('refuses a [[link]] to the entry itself, an id twice in one list and an entry that lists itself', () => {
    const files = withFiles({
      [NURSE]: (t) => t.replace('See [[care-certificate]].', 'See [[nurse|this page]].'),
      'content/roles/care-worker.md': (t) =>
        t.replace('progression: [senior-care-worker]', 'progression: [senior-care-worker, care-worker, senior-care-worker]'),
      'content/pathways/care.md': (t) => t.replace('steps: [care-worker, senior-care-worker]', 'steps: [care-worker, senior-care-worker, care-worker]'),
      'content/qualifications/nursing-degree.md': (t) => t.replace('requires: [diploma-l3]', 'requires: [diploma-l3, diploma-l3]'),
    });
    expect(errorsOf(files)).toMatchInlineSnapshot(`
      "content/pathways/care.md: steps[2]: "care-worker" is listed twice (also at steps[0]). Fix: remove the second "care-worker"
      content/qualifications/nursing-degree.md: requires[1]: "diploma-l3" is listed twice (also at requires[0]). Fix: remove the second "diploma-l3"
      content/roles/care-worker.md: progression[1]: "care-worker" is this entry itself. Fix: remove "care-worker": list other entries only (progression links this entry to others)
      content/roles/care-worker.md: progression[2]: "senior-care-worker" is listed twice (also at progression[0]). Fix: remove the second "senior-care-worker"
      content/roles/nurse.md: body: the link [[nurse]] points to this entry itself. Fix: remove the brackets (write the words without [[ ]]), or link another entry"
    `);
  });

  it('warns about a circle of progression', () => {
    const files = withFile(NURSE, (t) => t.replace('progression: []', 'progression: [care-worker]'));
    expect(run(files).errors).toEqual([]);
    expect(warningsOf(files)).toMatchInlineSnapshot(
      `"warning: content/roles/nurse.md: progression[0]: progression goes round in a circle: care-worker → senior-care-worker → nurse → care-worker. Fix: list only the roles people move on to: remove "care-worker" here, or "senior-care-worker" from the progression of content/roles/care-worker.md"`,
    );
  });
});
