/**
 * The architecture rule as a test (after Starlight's no-internal-barrel-imports test): modules
 * in src/lib are pure. They never import pages, components, layouts or Astro's virtual modules
 * (`astro:*`); only src/lib/content/read.ts reads files; none touches the DOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { assert, describe, expect, it } from 'vitest';

const root = resolve('.');
const libDir = join(root, 'src/lib');
/** The one module allowed to read the disk. */
const reader = 'src/lib/content/read.ts';

/** src/lib's modules, as paths from the project root with forward slashes. */
const modules = (readdirSync(libDir, { recursive: true }) as string[])
  .filter((file) => /\.m?tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => relative(root, join(libDir, file)).split(sep).join('/'))
  .sort();

/** Static, re-export, side-effect and dynamic imports, and require(). */
const importPattern = /(?:\bimport|\bexport)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]/g;

/** Comments removed, so a comment that mentions `document.` or shows an import is not a finding. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function importsOf(file: string): string[] {
  const source = withoutComments(readFileSync(join(root, file), 'utf8'));
  return [...source.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Where a relative import points, from the project root ("src/components/map/MapSvg"); other imports as written. */
const target = (file: string, specifier: string) =>
  specifier.startsWith('.')
    ? relative(root, resolve(dirname(join(root, file)), specifier))
        .split(sep)
        .join('/')
    : specifier;

const failWith = (rule: string, offences: string[]) => {
  if (offences.length) assert.fail(`${rule}:\n\n- ${offences.join('\n- ')}\n`);
};

describe('src/lib stays pure', () => {
  it('has modules to check', () => {
    expect(modules).toContain(reader);
    expect(modules.length).toBeGreaterThan(20);
  });

  it('never imports pages, components, layouts or astro:* virtual modules', () => {
    const offences: string[] = [];
    for (const file of modules) {
      for (const specifier of importsOf(file)) {
        const to = target(file, specifier);
        if (/^src\/(pages|components|layouts)(\/|$)/.test(to) || specifier.startsWith('astro:')) offences.push(`${file} imports "${specifier}"`);
      }
    }
    failWith('Pages, components and layouts use src/lib, never the other way round; pass the data in instead of importing it', offences);
  });

  it(`reads files only in ${reader}`, () => {
    const offences: string[] = [];
    for (const file of modules) {
      if (file === reader) continue;
      for (const specifier of importsOf(file)) if (/^(node:)?fs(\/promises)?$/.test(specifier)) offences.push(`${file} imports "${specifier}"`);
    }
    failWith(`Only ${reader} touches the disk; take the text as an argument instead`, offences);
  });

  it('uses no DOM globals', () => {
    const offences: string[] = [];
    for (const file of modules) {
      const lines = withoutComments(readFileSync(join(root, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        const global = /(?<![\w.$])(document|window)\./.exec(line)?.[1];
        if (global) offences.push(`${file}:${i + 1} uses ${global}: ${line.trim()}`);
      });
    }
    failWith('Modules in src/lib run at build time and in tests, where there is no DOM; islands in src/components do that work', offences);
  });
});

describe('the checks find what they look for', () => {
  it('reads every kind of import', () => {
    const source = [
      "import { a } from '../../components/Thing.tsx';",
      "import type { B } from 'astro:content';",
      "export { c } from 'node:fs';",
      "import 'fs';",
      "const d = await import('../pages/index.astro');",
      "const e = require('fs/promises');",
      '// import { f } from "node:fs";',
    ].join('\n');
    expect([...withoutComments(source).matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3])).toEqual([
      '../../components/Thing.tsx',
      'astro:content',
      'node:fs',
      'fs',
      '../pages/index.astro',
      'fs/promises',
    ]);
    expect(target('src/lib/map/x.ts', '../../components/Thing.tsx')).toBe('src/components/Thing.tsx');
  });
});
