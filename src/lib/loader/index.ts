/**
 * The one loader: parse and check the content, build the graph once, then run the checks
 * that need the graph. The content guard, `npm run check:content`, the unit tests and the
 * pages all call it, so they agree on what is valid and on every derived fact.
 *
 * content (parse, validate: no graph) -> graph (derived facts) -> graph-stage checks
 */
import { ContentError, type ContentIssue } from '../content/issues.ts';
import { type ParsedContent, parseContent, type RawFile } from '../content/parse.ts';
import { type ContentFiles, readContent } from '../content/read.ts';
import { validateContent } from '../content/validate.ts';
import { buildGraph, type Graph } from '../graph/graph.ts';
import { adviceChecks } from './advice-checks.ts';
import { graphChecks } from './graph-checks.ts';
import { payChecks } from './pay-checks.ts';

export interface LoadOptions {
  /** Today, YYYY-MM-DD: picks the pay year in force and dates review warnings. */
  today: string;
  /** Entries not reviewed for this many months get a warning (12). */
  staleMonths?: number;
}

export interface Loaded {
  content: ParsedContent;
  graph: Graph;
  /** Every problem, errors and warnings, in file order. */
  issues: ContentIssue[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/**
 * Loads raw files into checked content and its graph, collecting every issue. Pass what
 * `readContent` returns to include the problems met reading the folder (links, ignored files).
 */
export function loadContent(input: readonly RawFile[] | ContentFiles, options: LoadOptions): Loaded {
  const { files, issues: readIssues } = 'files' in input ? input : { files: input, issues: [] };
  const content = parseContent(files);
  const issues = [...readIssues, ...content.issues, ...validateContent(content, options), ...payChecks(content, options), ...adviceChecks(content)];
  const graph = buildGraph(content, options);
  issues.push(...graphChecks(content, graph, options));
  return {
    content,
    graph,
    issues,
    errors: issues.filter((i) => i.severity === 'error'),
    warnings: issues.filter((i) => i.severity === 'warning'),
  };
}

/** Today's date, YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Loads `<root>/content` from disk; throws a ContentError listing every error if there is any. */
export function loadContentFrom(root: string, options: LoadOptions = { today: today() }): Loaded {
  const loaded = loadContent(readContent(root), options);
  if (loaded.errors.length) throw new ContentError(loaded.issues);
  return loaded;
}
