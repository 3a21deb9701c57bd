/** The small content fixture the content tests edit, and the helpers that load edited copies of it. */
import type { RawFile } from '../../src/lib/content/index.ts';
import { formatIssues } from '../../src/lib/content/index.ts';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { loadContent } from '../../src/lib/loader/index.ts';

export const FIXTURE = 'tests/fixtures/basic';
export const base = readContentFiles(FIXTURE);
export const TODAY = '2026-11-22';

/** The fixture with one file's text changed (or added, or removed with `null`). */
export function withFile(path: string, edit: ((text: string) => string) | string | null): RawFile[] {
  const files = base.filter((f) => f.path !== path);
  const old = base.find((f) => f.path === path)?.text ?? '';
  if (edit === null) return files;
  return [...files, { path, text: typeof edit === 'string' ? edit : edit(old) }];
}

/** The fixture with several files changed. */
export function withFiles(edits: Record<string, ((text: string) => string) | string>): RawFile[] {
  return Object.entries(edits).reduce<RawFile[]>((files, [path, edit]) => {
    const old = files.find((f) => f.path === path)?.text ?? '';
    return [...files.filter((f) => f.path !== path), { path, text: typeof edit === 'string' ? edit : edit(old) }];
  }, base);
}

export const run = (files: RawFile[]) => loadContent(files, { today: TODAY });
export const errorsOf = (files: RawFile[]) => formatIssues(run(files).errors);
export const warningsOf = (files: RawFile[]) => formatIssues(run(files).warnings);
