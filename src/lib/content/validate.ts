/**
 * Checks the content as a whole, after each file has passed its schema: ids are unique,
 * every reference points at an entry of the right kind, `[[links]]` resolve and simple
 * English keeps to its limits, and the guards of guards.ts pass (dates, glossary words,
 * colours, repeated ids, circular progression). Checks that need the graph (reachability,
 * stale reviews, boroughs without programmes, pay) run after it is built: see src/lib/loader/.
 */
import { contentGuards, futureDate } from './guards.ts';
import type { ContentIssue } from './issues.ts';
import type { Entry, ParsedContent } from './parse.ts';
import type { SelfCheck } from './schema.ts';
import { nearestIds } from './suggest.ts';
import { wikiLinkIds } from './links.ts';
import { sentences, simpleTextProblems } from './simple-text.ts';

export interface ValidateOptions {
  /** Today, YYYY-MM-DD: no date in the content may be after it. */
  today: string;
  /** Entries not reviewed for this many months get a warning. */
  staleMonths?: number;
}

type Kind = 'role' | 'qualification' | 'programme' | 'pathway' | 'journey' | 'glossary' | 'previous-job' | 'borough';
const folder: Record<Kind, string> = {
  role: 'content/roles/',
  qualification: 'content/qualifications/',
  programme: 'content/programmes/',
  pathway: 'content/pathways/',
  journey: 'content/journeys/',
  glossary: 'content/glossary/',
  'previous-job': 'content/previous-jobs/',
  borough: 'content/boroughs.yaml',
};

export function validateContent(content: ParsedContent, options: ValidateOptions): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const kindOf = new Map<string, { kind: Kind; file: string }>();
  const collections: [Kind, Entry<unknown>[]][] = [
    ['role', content.roles],
    ['qualification', content.qualifications],
    ['programme', content.programmes],
    ['pathway', content.pathways],
    ['journey', content.journeys],
    ['glossary', content.glossary],
    ['previous-job', content.previousJobs],
  ];
  const register = (id: string, kind: Kind, file: string) => {
    const prior = kindOf.get(id);
    if (prior) {
      issues.push({
        file,
        field: kind === 'borough' ? 'id' : '(file name)',
        message: `the id "${id}" is already used by ${prior.file}`,
        fix: 'ids must be unique across all content: rename one of the two',
        severity: 'error',
      });
      return;
    }
    kindOf.set(id, { kind, file });
  };
  for (const [kind, entries] of collections) for (const e of entries) register(e.id, kind, e.file);
  for (const b of content.boroughs) register(b.id, 'borough', 'content/boroughs.yaml');
  // Entries that failed their schema are already reported; count their ids as known so one
  // mistake does not cascade into "unknown id" errors in every file that links to them.
  const kindOfCollection: Record<string, Kind> = {
    roles: 'role',
    qualifications: 'qualification',
    programmes: 'programme',
    pathways: 'pathway',
    journeys: 'journey',
    glossary: 'glossary',
    previousJobs: 'previous-job',
  };
  for (const f of content.invalid) if (!kindOf.has(f.id)) kindOf.set(f.id, { kind: kindOfCollection[f.collection] ?? 'role', file: f.file });

  const idsOf = (kinds: readonly Kind[]) => [...kindOf].filter(([, v]) => kinds.includes(v.kind)).map(([id]) => id);
  const check = (file: string, field: string, ids: readonly string[], kinds: readonly Kind[]) => {
    ids.forEach((id, i) => {
      const found = kindOf.get(id);
      if (found && kinds.includes(found.kind)) return;
      const label = kinds.join(' or ');
      const where = kinds.map((k) => folder[k]).join(' or ');
      const nearest = nearestIds(id, idsOf(kinds));
      const hint = nearest.length ? `did you mean ${nearest.map((n) => `"${n}"`).join(', ')}? ` : '';
      issues.push({
        file,
        field: `${field}[${i}]`,
        message: found ? `"${id}" is a ${found.kind}, but this field takes a ${label} id` : `"${id}" is not a known ${label} id`,
        fix: `${hint}Use an id from ${where}`,
        severity: 'error',
      });
    });
  };

  for (const r of content.roles) {
    check(r.file, 'family', [r.data.family], ['pathway']);
    check(r.file, 'entry', r.data.entry, ['qualification']);
    check(r.file, 'in_work', r.data.in_work, ['qualification']);
    check(r.file, 'progression', r.data.progression, ['role']);
    simpleCheck(issues, r.file, 'simple', r.data.simple);
  }
  for (const q of content.qualifications) {
    check(q.file, 'requires', q.data.requires, ['qualification', 'role']);
    q.data.requires_any.forEach((choice, i) => {
      check(q.file, q.data.requires_any.length > 1 ? `requires_any[${i}]` : 'requires_any', choice, ['qualification', 'role']);
    });
    if (q.data.simple) simpleCheck(issues, q.file, 'simple', q.data.simple);
  }
  for (const p of content.programmes) {
    check(p.file, 'boroughs', p.data.boroughs, ['borough']);
    check(p.file, 'offers', p.data.offers, ['qualification']);
    check(p.file, 'leads_to', p.data.leads_to, ['role']);
  }
  for (const p of content.pathways) {
    check(p.file, 'steps', p.data.steps, ['role', 'qualification']);
    simpleCheck(issues, p.file, 'simple', p.data.simple);
  }
  for (const j of content.journeys) {
    check(j.file, 'start', j.data.start, ['role', 'qualification']);
    check(j.file, 'targets', j.data.targets, ['role']);
    simpleCheck(issues, j.file, 'simple', j.data.simple);
  }
  for (const g of content.glossary) simpleCheck(issues, g.file, 'simple', g.data.simple);
  for (const p of content.previousJobs) {
    check(
      p.file,
      'fits',
      p.data.fits.map((f) => f.role),
      ['role'],
    );
    simpleCheck(issues, p.file, 'simple', p.data.simple);
  }
  if (content.selfCheck) issues.push(...selfCheckIssues(content.selfCheck, (field, ids) => check(SELF_CHECK_FILE, field, ids, ['role']), options.today));
  content.synonyms.forEach((s, i) => {
    check('content/synonyms.yaml', `[${i}].ids`, s.ids, ['role', 'qualification', 'programme', 'pathway', 'glossary', 'borough', 'journey', 'previous-job']);
  });

  for (const [, entries] of collections) {
    for (const e of entries) {
      const linked = wikiLinkIds(e.body).filter((id) => !kindOf.has(id));
      for (const id of new Set(linked)) {
        const nearest = nearestIds(id, kindOf.keys());
        issues.push({
          file: e.file,
          field: 'body',
          message: `the link [[${id}]] points to no entry`,
          fix: nearest.length ? `did you mean ${nearest.map((n) => `[[${n}]]`).join(', ')}? Or remove the brackets` : 'correct the id, or remove the brackets',
          severity: 'error',
        });
      }
    }
  }

  issues.push(...contentGuards(content, options));
  return issues;
}

function simpleCheck(issues: ContentIssue[], file: string, field: string, text: string): void {
  for (const problem of simpleTextProblems(text)) {
    issues.push({
      file,
      field,
      message: `the simple-English text ${problem}`,
      fix: 'use at most 3 sentences of at most 15 common words each',
      severity: 'error',
    });
  }
}

const SELF_CHECK_FILE = 'content/self-check.yaml';

/**
 * content/self-check.yaml as a whole: the role ids its traits name (through `checkRoles`,
 * with the nearest ids as a hint), ids unique in each list, every trait and value an answer
 * or situation names defined in the file, simple English kept short, no date after today.
 */
function selfCheckIssues(selfCheck: SelfCheck, checkRoles: (field: string, ids: readonly string[]) => void, today: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const file = SELF_CHECK_FILE;
  const unique = (list: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        issues.push({
          file,
          field: `${list}[${i}].id`,
          message: `the id "${id}" is used twice in \`${list}\``,
          fix: 'give each one its own id',
          severity: 'error',
        });
      seen.add(id);
    });
  };
  unique(
    'values',
    selfCheck.values.map((v) => v.id),
  );
  unique(
    'traits',
    selfCheck.traits.map((t) => t.id),
  );
  unique(
    'situations',
    selfCheck.situations.map((s) => s.id),
  );
  selfCheck.traits.forEach((t, i) => {
    if (t.roles) checkRoles(`traits[${i}].roles`, t.roles);
  });
  const known = (list: string, ids: readonly string[], field: string, names: readonly string[]) => {
    ids.forEach((id, i) => {
      if (names.includes(id)) return;
      const nearest = nearestIds(id, names);
      issues.push({
        file,
        field: `${field}[${i}]`,
        message: `"${id}" is not one of the ${list} in this file`,
        fix: `${nearest.length ? `did you mean ${nearest.map((n) => `"${n}"`).join(', ')}? ` : ''}Use an id from \`${list}\`, or add it there`,
        severity: 'error',
      });
    });
  };
  const traitIds = selfCheck.traits.map((t) => t.id);
  const valueIds = selfCheck.values.map((v) => v.id);
  selfCheck.situations.forEach((s, i) => {
    const at = `situations[${i}]`;
    known('values', s.values, `${at}.values`, valueIds);
    simpleCheck(issues, file, `${at}.simple`, s.simple);
    s.answers.forEach((a, j) => {
      known('traits', a.towards, `${at}.answers[${j}].towards`, traitIds);
      known('traits', a.away, `${at}.answers[${j}].away`, traitIds);
      simpleCheck(issues, file, `${at}.answers[${j}].text`, a.text);
      if (sentences(a.text).length > 1)
        issues.push({
          file,
          field: `${at}.answers[${j}].text`,
          message: 'the answer has more than one sentence',
          fix: 'keep each answer to one short sentence',
          severity: 'error',
        });
      for (const id of a.towards.filter((id) => a.away.includes(id)))
        issues.push({
          file,
          field: `${at}.answers[${j}]`,
          message: `the answer leans both towards and away from "${id}"`,
          fix: 'keep the trait in `towards` or in `away`, not both',
          severity: 'error',
        });
    });
  });
  const future = futureDate(file, 'reviewed', selfCheck.reviewed, today, 'write the date you checked the self-check against its sources: today or earlier');
  if (future) issues.push(future);
  return issues;
}
