/**
 * Guards against content that would pass its schema but mislead or break the site: hidden
 * text-direction characters, byte order marks, empty front matter, huge bodies, dates in the
 * future, glossary words that would mark every sentence, colours white text cannot be read
 * on, repeated or self-referring ids and circular progression. Pure: texts and parsed
 * content in, issues out.
 */
import { load as loadYaml } from 'js-yaml';
import type { ContentIssue } from './issues.ts';
import { wikiLinkIds } from './links.ts';
import type { Entry, ParsedContent } from './parse.ts';

const error = (file: string, field: string, message: string, fix: string): ContentIssue => ({ file, field, message, fix, severity: 'error' });

// ---------------------------------------------------------------------------------------
// Raw files

/** The byte order mark some editors put at the start of a UTF-8 file. */
export const BOM = '\uFEFF';

export function bomIssue(file: string): ContentIssue {
  return error(
    file,
    '(file)',
    'the file starts with a byte order mark (BOM), an invisible character some editors add',
    'save the file as "UTF-8" without BOM (in VS Code: click "UTF-8 with BOM" in the status bar, then "Save with Encoding", then "UTF-8")',
  );
}

export function emptyFrontMatterIssue(file: string): ContentIssue {
  return error(
    file,
    '(front matter)',
    'the front matter block is empty: there is nothing between the two `---` lines',
    "put the entry's fields between the `---` lines (the fields of each folder are in docs/content-guide.md)",
  );
}

/** The longest body an entry may have, in characters. */
export const MAX_BODY_CHARS = 20_000;

export function bodySizeIssue(file: string, body: string): ContentIssue | undefined {
  if (body.length <= MAX_BODY_CHARS) return undefined;
  return error(
    file,
    '(body)',
    `the body is ${body.length.toLocaleString('en-GB')} characters long (at most ${MAX_BODY_CHARS.toLocaleString('en-GB')})`,
    'shorten it: keep to the sections in docs/content-guide.md and leave long detail to the sources',
  );
}

/** Unicode controls that change the direction text is shown in, by code point. */
const BIDI_NAMES: Record<number, string> = {
  8206: 'left-to-right mark',
  8207: 'right-to-left mark',
  8234: 'left-to-right embedding',
  8235: 'right-to-left embedding',
  8236: 'pop directional formatting',
  8237: 'left-to-right override',
  8238: 'right-to-left override',
  8294: 'left-to-right isolate',
  8295: 'right-to-left isolate',
  8296: 'first strong isolate',
  8297: 'pop directional isolate',
};
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const BIDI_FIX =
  'delete it: the character is invisible and can make text show in a different order from how it is stored (the site sets the direction of each language itself). If you cannot see it, retype the words around it';

/** "U+202E (right-to-left override)", for each different control in `s`. */
function bidiNames(s: string): string {
  const codes = [...new Set([...s.matchAll(BIDI)].map((m) => m[0].codePointAt(0) ?? 0))];
  return codes.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')} (${BIDI_NAMES[c]})`).join(', ');
}

const hasBidi = (s: string) => s.search(BIDI) !== -1;

/** The line (from 1) of `index` in `text`. */
const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Dotted paths of the values (and keys) in YAML data that contain a bidi control, with the controls found. */
function bidiFields(data: unknown, path = ''): { field: string; found: string }[] {
  if (typeof data === 'string') return hasBidi(data) ? [{ field: path || '(front matter)', found: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => bidiFields(item, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => {
      const field = path ? `${path}.${key}` : key;
      return [...(hasBidi(key) ? [{ field, found: key }] : []), ...bidiFields(value, field)];
    });
  }
  return [];
}

/**
 * Hidden text-direction controls (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F)
 * anywhere in a file: one issue for each field and one for the body; else one for the file
 * with its line (a comment, or YAML that cannot be read). `yamlText` is the front matter of a
 * Markdown file (the whole text of a YAML file) and `body` the rest.
 */
export function bidiIssues(file: string, text: string, yamlText: string, body: string): ContentIssue[] {
  if (!hasBidi(text)) return [];
  const issues: ContentIssue[] = [];
  let data: unknown;
  try {
    data = loadYaml(yamlText);
  } catch {
    data = undefined;
  }
  const fields = bidiFields(data);
  for (const { field, found } of fields) issues.push(error(file, field, `contains a hidden text-direction character ${bidiNames(found)}`, BIDI_FIX));
  if (hasBidi(body)) {
    const at = text.length - body.length + body.search(BIDI);
    issues.push(error(file, '(body)', `contains a hidden text-direction character ${bidiNames(body)} at line ${lineOf(text, at)}`, BIDI_FIX));
  }
  if (!issues.length) {
    // In a comment, or in text that cannot be read: name the line.
    const at = text.search(BIDI);
    issues.push(error(file, '(file)', `contains a hidden text-direction character ${bidiNames(text)} at line ${lineOf(text, at)}`, BIDI_FIX));
  }
  return issues;
}

// ---------------------------------------------------------------------------------------
// Parsed content

export interface GuardOptions {
  /** Today, YYYY-MM-DD: no date may be after it. */
  today: string;
}

/** Every content-wide guard, in a stable order. */
export function contentGuards(content: ParsedContent, options: GuardOptions): ContentIssue[] {
  return [
    ...futureDates(content, options.today),
    ...glossaryForms(content),
    ...pathwayColours(content),
    ...repeatedIds(content),
    ...selfLinks(content),
    ...progressionCycles(content),
  ];
}

/** Every Markdown entry of the content, in collection order: the one list the checks walk. */
export function allEntries(content: ParsedContent): Entry<{ reviewed: string; sources: { title: string; url?: string | undefined }[] }>[] {
  return [
    ...content.roles,
    ...content.qualifications,
    ...content.programmes,
    ...content.pathways,
    ...content.journeys,
    ...content.glossary,
    ...content.previousJobs,
  ];
}

/** An issue for a date after today, or undefined. */
export function futureDate(file: string, field: string, date: string, today: string, fix: string): ContentIssue | undefined {
  return date > today ? error(file, field, `${date} is in the future (today is ${today})`, fix) : undefined;
}

function futureDates(content: ParsedContent, today: string): ContentIssue[] {
  const issues: (ContentIssue | undefined)[] = [];
  for (const e of allEntries(content)) {
    issues.push(futureDate(e.file, 'reviewed', e.data.reviewed, today, 'write the date you checked the entry against its sources: today or earlier'));
  }
  for (const p of content.programmes) {
    issues.push(futureDate(p.file, 'status_checked', p.data.status_checked, today, 'write the date you confirmed the status: today or earlier'));
  }
  return issues.filter((i) => i !== undefined);
}

/** Common English words that must never be glossary key words: they would mark nearly every sentence. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can do for from has have he her his i if in is it its me my no not of on or our she so ' +
    'that the their them they this to up us was we were will with you your'
  ).split(' '),
);

/** A glossary form: lower case, single spaces. */
const normalForm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

function glossaryForms(content: ParsedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const seen = new Map<string, { file: string; field: string }>();
  for (const g of content.glossary) {
    const forms: [string, string][] = [['term', g.data.term], ...g.data.also.map((f, i): [string, string] => [`also[${i}]`, f])];
    const inEntry = new Set<string>();
    for (const [field, form] of forms) {
      const key = normalForm(form);
      const letters = key.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
      if (STOP_WORDS.has(key))
        issues.push(
          error(
            g.file,
            field,
            `"${form}" is a common English word: the site would mark it in nearly every sentence`,
            'use a longer phrase people would look up (like "care plan"), or remove it',
          ),
        );
      else if (letters < 2)
        issues.push(error(g.file, field, `"${form}" is shorter than 2 letters`, 'use the whole word or phrase people would look up, or remove it'));
      if (inEntry.has(key)) continue;
      inEntry.add(key);
      const prior = seen.get(key);
      if (prior)
        issues.push(
          error(
            g.file,
            field,
            `"${form}" is already a key word of ${prior.file} (${prior.field})`,
            'a word can have only one meaning on the site: keep it in one glossary entry and remove it from the other',
          ),
        );
      else seen.set(key, { file: g.file, field });
    }
  }
  return issues;
}

/** The relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of white text on a #rrggbb colour. */
export function whiteContrast(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** The smallest contrast ratio for normal-size text (WCAG 2.2 AA). */
export const MIN_CONTRAST = 4.5;

/** The same colour made darker, step by step, until white text on it has enough contrast. */
export function darkenForWhite(hex: string): string {
  const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  for (let f = 1; f > 0; f -= 0.01) {
    const out = `#${rgb
      .map((c) =>
        Math.floor(c * f)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    if (whiteContrast(out) >= MIN_CONTRAST) return out;
  }
  return '#000000';
}

function pathwayColours(content: ParsedContent): ContentIssue[] {
  return content.pathways.flatMap((p) => {
    const ratio = whiteContrast(p.data.colour);
    if (ratio >= MIN_CONTRAST) return [];
    return [
      error(
        p.file,
        'colour',
        `white text on ${p.data.colour} has a contrast ratio of ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1, under the ${MIN_CONTRAST}:1 people need to read it`,
        `use a darker colour, like ${darkenForWhite(p.data.colour)} (the same colour, darker)`,
      ),
    ];
  });
}

/** Each id list of each entry, by field name. */
function idLists(content: ParsedContent): { file: string; id: string; field: string; ids: readonly string[] }[] {
  const out: { file: string; id: string; field: string; ids: readonly string[] }[] = [];
  const add = (e: Entry<unknown>, field: string, ids: readonly string[]) => out.push({ file: e.file, id: e.id, field, ids });
  for (const r of content.roles) {
    add(r, 'entry', r.data.entry);
    add(r, 'in_work', r.data.in_work);
    add(r, 'progression', r.data.progression);
  }
  for (const q of content.qualifications) {
    add(q, 'requires', q.data.requires);
    q.data.requires_any.forEach((choice, i) => {
      add(q, q.data.requires_any.length > 1 ? `requires_any[${i}]` : 'requires_any', choice);
    });
  }
  for (const p of content.programmes) {
    add(p, 'boroughs', p.data.boroughs);
    add(p, 'offers', p.data.offers);
    add(p, 'leads_to', p.data.leads_to);
  }
  for (const p of content.pathways) add(p, 'steps', p.data.steps);
  for (const j of content.journeys) {
    add(j, 'start', j.data.start);
    add(j, 'targets', j.data.targets);
  }
  return out;
}

/** The same id twice in one list, or an entry that lists itself. */
function repeatedIds(content: ParsedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const { file, id: self, field, ids } of idLists(content)) {
    ids.forEach((id, i) => {
      const first = ids.indexOf(id);
      if (first < i) issues.push(error(file, `${field}[${i}]`, `"${id}" is listed twice (also at ${field}[${first}])`, `remove the second "${id}"`));
      else if (id === self)
        issues.push(
          error(file, `${field}[${i}]`, `"${id}" is this entry itself`, `remove "${id}": list other entries only (${field} links this entry to others)`),
        );
    });
  }
  return issues;
}

function selfLinks(content: ParsedContent): ContentIssue[] {
  return allEntries(content)
    .filter((e) => wikiLinkIds(e.body).includes(e.id))
    .map((e) =>
      error(e.file, 'body', `the link [[${e.id}]] points to this entry itself`, 'remove the brackets (write the words without [[ ]]), or link another entry'),
    );
}

/** Circles of `progression` (a → b → a): a warning for each, at the role that closes it. */
function progressionCycles(content: ParsedContent): ContentIssue[] {
  const next = new Map(content.roles.map((r) => [r.id, r.data.progression]));
  const file = new Map(content.roles.map((r) => [r.id, r.file]));
  const issues: ContentIssue[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    (next.get(id) ?? []).forEach((to, i) => {
      if (to === id || !next.has(to)) return; // an entry listing itself, or an unknown id, is reported elsewhere
      if (state.get(to) === 'open') {
        const circle = [...stack.slice(stack.indexOf(to)), to];
        issues.push({
          file: file.get(id) ?? '',
          field: `progression[${i}]`,
          message: `progression goes round in a circle: ${circle.join(' → ')}`,
          fix: `list only the roles people move on to: remove "${to}" here, or "${circle[1]}" from the progression of ${file.get(to)}`,
          severity: 'warning',
        });
      } else if (!state.has(to)) visit(to);
    });
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of [...next.keys()].sort()) if (!state.has(id)) visit(id);
  return issues;
}
