/** A problem found in the content, shown to an editor as `file: field: message. Fix: ...`. */
export interface ContentIssue {
  /** Path of the file, relative to the content folder's parent (like `content/roles/care-worker.md`). */
  file: string;
  /** The field, as a dotted path (`pay.year`, `entry[1]`), or `(file)` for the whole file. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
  /** Errors stop the build; warnings are printed and the build goes on. */
  severity: 'error' | 'warning';
}

export function formatIssue(issue: ContentIssue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  const message = issue.message.replace(/\.$/, '');
  return `${tag}${issue.file}: ${issue.field}: ${message}. Fix: ${issue.fix}`;
}

/** Formats every issue, errors first, then warnings, each group in file order. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const order = (i: ContentIssue) => (i.severity === 'error' ? 0 : 1);
  return [...issues]
    .sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
    .map(formatIssue)
    .join('\n');
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`The content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${formatIssues(errors)}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
