/**
 * Turns raw content files into typed entries, collecting every problem instead of stopping
 * at the first. Pure: takes file texts, does no I/O.
 */
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { isId } from '../text.ts';
import { BOM, bidiIssues, bodySizeIssue, bomIssue, emptyFrontMatterIssue } from './guards.ts';
import type { ContentIssue } from './issues.ts';
import {
  boroughSchema,
  collectionNames,
  collectionSchemas,
  synonymSchema,
  payScalesSchema,
  selfCheckSchema,
  type PayScales,
  type SelfCheck,
  type Borough,
  type CollectionName,
  type GlossaryTerm,
  type PreviousJob,
  collectionFolders,
  type Journey,
  type Pathway,
  type Programme,
  type Qualification,
  type Role,
  type Synonym,
} from './schema.ts';

/** A file as read from disk: its path (like `content/roles/care-worker.md`) and text. */
export interface RawFile {
  path: string;
  text: string;
}

/** One Markdown entry after validation. */
export interface Entry<T> {
  id: string;
  collection: CollectionName;
  file: string;
  data: T;
  /** The Markdown body, not yet rendered. */
  body: string;
}

export interface ParsedContent {
  roles: Entry<Role>[];
  qualifications: Entry<Qualification>[];
  programmes: Entry<Programme>[];
  pathways: Entry<Pathway>[];
  journeys: Entry<Journey>[];
  glossary: Entry<GlossaryTerm>[];
  previousJobs: Entry<PreviousJob>[];
  boroughs: Borough[];
  synonyms: Synonym[];
  /** content/pay-scales.yaml: every pay figure (undefined when the file is missing or invalid). */
  payScales: PayScales | undefined;
  /** content/self-check.yaml: the "Is this work for me?" self-check (undefined when the file is missing or invalid). */
  selfCheck: SelfCheck | undefined;
  /** Entries that failed their schema (their issues are in `issues`). */
  invalid: { id: string; collection: CollectionName; file: string }[];
  issues: ContentIssue[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** `---` then `---` with nothing (or only blank lines) between them. */
const EMPTY_FRONT_MATTER = /^---[ \t]*\r?\n(?:[ \t]*\r?\n)*---[ \t]*(?:\r?\n|$)/;

function yamlIssue(file: string, error: unknown, offsetLines = 0): ContentIssue {
  const e = error as { reason?: string; mark?: { line: number; column: number }; message?: string };
  const where = e.mark ? ` at line ${e.mark.line + 1 + offsetLines}, column ${e.mark.column + 1}` : '';
  return {
    file,
    field: '(yaml)',
    message: `the YAML cannot be read${where}: ${e.reason ?? e.message ?? String(error)}`,
    fix: 'check the indentation, and put quotes around text that contains a colon (:) or starts with [ or {',
    severity: 'error',
  };
}

function pathOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(front matter)';
}

/** Converts zod's issues into editor-facing ones with a fix for each kind. */
export function zodIssues(file: string, error: z.ZodError, fieldNames: readonly string[]): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of error.issues) {
    const field = pathOf(issue.path);
    const top = String(issue.path[0] ?? '');
    let message = issue.message;
    let fix = 'correct the value';
    const input = (issue as { input?: unknown }).input;
    if (input === undefined && issue.path.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      const what = issue.code === 'invalid_value' ? `one of: ${issue.values.map(String).join(', ')}` : expectedText(issue.expected);
      out.push({
        file,
        field,
        message: 'this required field is missing',
        fix: `add \`${field.split('.').pop()}:\` with ${what} (see docs/content-guide.md)`,
        severity: 'error',
      });
      continue;
    }
    switch (issue.code) {
      case 'invalid_type': {
        message = `expected ${expectedText(issue.expected)}, found ${describe(input)}`;
        fix = issue.expected === 'array' ? `write it as a list, like \`${top}: [first-id, second-id]\`` : `write it as ${expectedText(issue.expected)}`;
        break;
      }
      case 'unrecognized_keys': {
        const keys = issue.keys;
        message = `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `\`${k}\``).join(', ')}`;
        fix = `remove it or correct the spelling; known fields are: ${fieldNames.join(', ')}`;
        break;
      }
      case 'invalid_value':
        fix = `use one of: ${issue.values.map(String).join(', ')}`;
        message = `${describe((issue as { input?: unknown }).input)} is not allowed`;
        break;
      case 'invalid_format':
        fix =
          (issue as { format?: string }).format === 'url'
            ? 'give the https:// address of the page with the fact (no javascript:, data: or other kinds of address)'
            : `write it so it ${issue.message.replace(/^Invalid \w+:?\s*/i, '')}`.replace(/write it so it $/, 'correct the format');
        message = `${describe((issue as { input?: unknown }).input)} ${issue.message}`;
        break;
      case 'too_small':
        fix =
          issue.origin === 'array'
            ? `give at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
            : `make it at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}`;
        break;
      case 'too_big':
        fix = `make it at most ${String(issue.maximum)}`;
        break;
      case 'custom':
        // A refinement may carry its own fix (schema.ts: blank text, dates that do not exist).
        fix = (issue.params as { fix?: string } | undefined)?.fix ?? fix;
        break;
      default:
        break;
    }
    out.push({ file, field, message, fix, severity: 'error' });
  }
  return out;
}

function expectedText(expected: string): string {
  const names: Record<string, string> = { object: 'a group of fields', array: 'a list', string: 'text', number: 'a number', boolean: 'true or false' };
  return names[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

/** Splits a Markdown file into front matter data and body, or returns an issue. */
export function splitFrontMatter(file: RawFile): { data: unknown; body: string } | ContentIssue {
  if (EMPTY_FRONT_MATTER.test(file.text)) return emptyFrontMatterIssue(file.path);
  const match = FRONT_MATTER.exec(file.text);
  if (!match) {
    return {
      file: file.path,
      field: '(front matter)',
      message: 'the file has no front matter',
      fix: 'start the file with a line `---`, the fields, then another line `---`',
      severity: 'error',
    };
  }
  // Only comments (or `null`) between the `---` lines: as empty as no fields at all.
  const yaml = match[1] ?? '';
  if (yaml.split(/\r?\n/).every((line) => line.trim() === '' || line.trim().startsWith('#'))) return emptyFrontMatterIssue(file.path);
  try {
    const data = loadYaml(yaml);
    if (data === null || data === undefined) return emptyFrontMatterIssue(file.path);
    return { data, body: file.text.slice(match[0].length) };
  } catch (error) {
    return yamlIssue(file.path, error, 1);
  }
}

const ID_FROM_FILE = /^content\/([a-z-]+)\/([^/]+)\.md$/;

/** Parses and validates every file. Unknown files are reported, not ignored. */
export function parseContent(files: readonly RawFile[]): ParsedContent {
  const out: ParsedContent = {
    roles: [],
    qualifications: [],
    programmes: [],
    pathways: [],
    journeys: [],
    glossary: [],
    previousJobs: [],
    boroughs: [],
    synonyms: [],
    payScales: undefined,
    selfCheck: undefined,
    invalid: [],
    issues: [],
  };
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const raw of sorted) {
    // A byte order mark is reported, then removed so the rest of the file is still checked.
    const file = raw.text.startsWith(BOM) ? { ...raw, text: raw.text.slice(BOM.length) } : raw;
    if (file !== raw) out.issues.push(bomIssue(file.path));
    out.issues.push(...hiddenCharacters(file));
    if (file.path === 'content/boroughs.yaml') out.boroughs = parseList(file, boroughSchema, out.issues);
    else if (file.path === 'content/synonyms.yaml') out.synonyms = parseList(file, synonymSchema, out.issues);
    else if (file.path === 'content/pay-scales.yaml') out.payScales = parseObject(file, payScalesSchema, out.issues);
    else if (file.path === 'content/self-check.yaml') out.selfCheck = parseObject(file, selfCheckSchema, out.issues);
    else parseEntry(file, out);
  }
  return out;
}

/** Hidden text-direction characters anywhere in a file, by field, or (body). */
function hiddenCharacters(file: RawFile): ContentIssue[] {
  if (!file.path.endsWith('.md')) return bidiIssues(file.path, file.text, file.text, '');
  const match = FRONT_MATTER.exec(file.text);
  return bidiIssues(file.path, file.text, match?.[1] ?? '', match ? file.text.slice(match[0].length) : '');
}

function parseEntry(file: RawFile, out: ParsedContent): void {
  const match = ID_FROM_FILE.exec(file.path);
  const collection = collectionNames.find((c) => collectionFolders[c] === match?.[1]);
  if (!match || !collection) {
    out.issues.push({
      file: file.path,
      field: '(file)',
      message: 'this file is not in a known content folder',
      fix: `move it into one of content/${collectionNames.map((c) => collectionFolders[c]).join('/, content/')}/, or remove it`,
      severity: 'error',
    });
    return;
  }
  const id = match[2] ?? '';
  if (!isId(id)) {
    out.issues.push({
      file: file.path,
      field: '(file name)',
      message: `the file name "${id}" is not kebab-case`,
      fix: `rename it to ${id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.md`,
      severity: 'error',
    });
    return;
  }
  const split = splitFrontMatter(file);
  if ('severity' in split) {
    out.issues.push(split);
    out.invalid.push({ id, collection, file: file.path });
    return;
  }
  const schema = collectionSchemas[collection];
  const result = schema.safeParse(split.data, { reportInput: true });
  if (!result.success) {
    out.issues.push(...zodIssues(file.path, result.error, Object.keys(schema.shape)));
    out.invalid.push({ id, collection, file: file.path });
    return;
  }
  const tooLong = bodySizeIssue(file.path, split.body);
  if (tooLong) out.issues.push(tooLong);
  const entry = { id, collection, file: file.path, data: result.data, body: split.body };
  (out[collection] as Entry<unknown>[]).push(entry);
}

function parseObject<T>(file: RawFile, schema: z.ZodType<T> & { shape?: object }, issues: ContentIssue[]): T | undefined {
  let data: unknown;
  try {
    data = loadYaml(file.text);
  } catch (error) {
    issues.push(yamlIssue(file.path, error));
    return undefined;
  }
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  issues.push(...zodIssues(file.path, result.error, 'shape' in schema && schema.shape ? Object.keys(schema.shape) : []));
  return undefined;
}

function parseList<T>(file: RawFile, schema: z.ZodType<T> & { shape?: object }, issues: ContentIssue[]): T[] {
  let data: unknown;
  try {
    data = loadYaml(file.text);
  } catch (error) {
    issues.push(yamlIssue(file.path, error));
    return [];
  }
  if (!Array.isArray(data)) {
    issues.push({ file: file.path, field: '(file)', message: 'the file must be a YAML list', fix: 'start each item with `- `', severity: 'error' });
    return [];
  }
  const items: T[] = [];
  data.forEach((item, index) => {
    const result = schema.safeParse(item, { reportInput: true });
    if (result.success) items.push(result.data);
    else {
      const names = 'shape' in schema && schema.shape ? Object.keys(schema.shape) : [];
      for (const issue of zodIssues(file.path, result.error, names)) {
        issues.push({ ...issue, field: `[${index}]${issue.field === '(front matter)' ? '' : `.${issue.field}`}` });
      }
    }
  });
  return items;
}
