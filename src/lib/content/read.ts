/** Reads the content folder from disk. The only module of the pipeline that does I/O. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RawFile } from './parse.ts';

/** Paths (relative to `root`) of every .md and .yaml file under `<root>/content`, sorted. */
function contentPaths(root: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|ya?ml)$/.test(name)) paths.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(join(root, 'content'));
  return paths;
}

/** Every .md and .yaml file under `<root>/content`, with paths relative to `root`. */
export function readContentFiles(root: string): RawFile[] {
  return contentPaths(root).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** A fingerprint of the content: every file's path, size and modification time. Changes when any file does. */
export function contentFingerprint(root: string): string {
  return contentPaths(root)
    .map((path) => {
      const st = statSync(join(root, path));
      return `${path}:${st.size}:${st.mtimeMs}`;
    })
    .join('|');
}
