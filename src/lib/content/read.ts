/** Reads the content folder from disk. The only module of the pipeline that does I/O. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RawFile } from './parse.ts';

/** Every .md and .yaml file under `<root>/content`, with paths relative to `root`. */
export function readContentFiles(root: string): RawFile[] {
  const files: RawFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(md|ya?ml)$/.test(name)) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'content'));
  return files;
}
