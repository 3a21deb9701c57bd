/**
 * Reads the content folder from disk. The only module of the pipeline that does I/O.
 * Links are never followed (lstat), so no file outside content/ is ever read.
 */
import { closeSync, constants, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentIssue } from './issues.ts';
import type { RawFile } from './parse.ts';

/** What `readContent` found: the files to check, and the problems met while reading. */
export interface ContentFiles {
  files: RawFile[];
  /** Links, special files and ignored files, as content issues. */
  issues: ContentIssue[];
}

/** Only these files are content; anything else in content/ is reported and skipped. */
const CONTENT_FILE = /\.(md|yaml)$/;

interface Found {
  /** Paths (relative to `root`, with `/`) of the .md and .yaml files, sorted. */
  paths: { path: string; stats: Stats }[];
  issues: ContentIssue[];
}

/** Walks `<root>/content` without following links, reporting links, special files and ignored files. */
function walkContent(root: string): Found {
  const found: Found = { paths: [], issues: [] };
  const rel = (full: string) => relative(root, full).split(sep).join('/');
  const visit = (full: string) => {
    const path = rel(full);
    let stats: Stats;
    try {
      stats = lstatSync(full);
    } catch {
      found.issues.push({
        file: path,
        field: '(folder)',
        message: 'there is no content folder here',
        fix: 'run the check in the project folder, or give the folder that holds content/ with `--root`',
        severity: 'error',
      });
      return;
    }
    if (stats.isSymbolicLink()) {
      let target = '';
      try {
        target = ` to "${readlinkSync(full)}"`;
      } catch {
        // The link cannot be read: name it without its target.
      }
      found.issues.push({
        file: path,
        field: '(file)',
        message: `is a link${target}: content files must be real files inside content/`,
        fix: 'replace the link with the file itself (copy it into content/), then delete the link',
        severity: 'error',
      });
    } else if (stats.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!name.startsWith('.')) visit(join(full, name));
    } else if (!stats.isFile()) {
      found.issues.push({
        file: path,
        field: '(file)',
        message: 'is not a regular file: content files must be real files inside content/',
        fix: 'remove it from content/',
        severity: 'error',
      });
    } else if (CONTENT_FILE.test(path)) {
      found.paths.push({ path, stats });
    } else {
      const rename = /\.(markdown|mdown|txt)$/i.test(path)
        ? `rename it to ${path.replace(/\.\w+$/, '.md')} if it is an entry`
        : /\.yml$/i.test(path)
          ? `rename it to ${path.replace(/\.\w+$/, '.yaml')} if it is content`
          : 'entries are .md files and lists are .yaml files';
      found.issues.push({
        file: path,
        field: '(file)',
        message: 'this file is ignored: only .md and .yaml files are content',
        fix: `${rename}, or move it out of content/`,
        severity: 'warning',
      });
    }
  };
  visit(join(root, 'content'));
  return found;
}

/** A file's text, refusing to open it if it has become a link since it was listed. */
function readNoFollow(full: string): string {
  const fd = openSync(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Every .md and .yaml file under `<root>/content` (paths relative to `root`), with the problems met reading them. */
export function readContent(root: string): ContentFiles {
  const { paths, issues } = walkContent(root);
  return { files: paths.map(({ path }) => ({ path, text: readNoFollow(join(root, path)) })), issues };
}

/**
 * Every .md and .yaml file under `<root>/content`, with paths relative to `root`. Drops the
 * reading issues (links, ignored files): checks use `readContent`.
 */
export function readContentFiles(root: string): RawFile[] {
  return readContent(root).files;
}

/**
 * A fingerprint of the content: every file's path, size and modification time, and the
 * links and ignored files found. Changes when any file does.
 */
export function contentFingerprint(root: string): string {
  const { paths, issues } = walkContent(root);
  return [...paths.map(({ path, stats }) => `${path}:${stats.size}:${stats.mtimeMs}`), ...issues.map((i) => `${i.file}:${i.severity}`)].join('|');
}
