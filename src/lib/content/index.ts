/**
 * The content stage: read, parse and validate entries, with no knowledge of the graph.
 * The loader (src/lib/loader) runs it, builds the graph and the graph-stage checks.
 */
export { ContentError, type ContentIssue, formatIssue, formatIssues } from './issues.ts';
export type { Entry, ParsedContent, RawFile } from './parse.ts';
