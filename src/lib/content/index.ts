/**
 * The content pipeline: read, parse, validate. Used by the site build, the unit tests and
 * `npm run check:content`, so all three agree on what is valid.
 */
import { parseContent, type ParsedContent, type RawFile } from './parse.ts';
import { validateContent } from './validate.ts';
import { readContentFiles } from './read.ts';
import { ContentError, type ContentIssue } from './issues.ts';

export interface LoadedContent extends ParsedContent {
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Parses and validates files; collects every issue. */
export function processContent(files: readonly RawFile[], options: { today: string }): LoadedContent {
  const parsed = parseContent(files);
  const issues = [...parsed.issues, ...validateContent(parsed, options)];
  return { ...parsed, issues, errors: issues.filter((i) => i.severity === 'error'), warnings: issues.filter((i) => i.severity === 'warning') };
}

/** Loads `<root>/content`; throws a ContentError listing every error if there is any. */
export function loadContentOrThrow(root: string, options = { today: today() }): LoadedContent {
  const content = processContent(readContentFiles(root), options);
  if (content.errors.length) throw new ContentError(content.issues);
  return content;
}

export { formatIssue, formatIssues, ContentError, type ContentIssue } from './issues.ts';
export type { Entry, ParsedContent, RawFile } from './parse.ts';
