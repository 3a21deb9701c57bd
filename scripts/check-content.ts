/**
 * `npm run check:content`: validates content/ with the same pipeline as the build, prints
 * every error and warning as `file: field: message. Fix: ...`, and exits 1 on any error.
 * Fast: no site build. Pass a folder to check another content root: `-- --root path`.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/read.ts';
import { formatIssues } from '../src/lib/content/index.ts';
import { loadContent, today } from '../src/lib/loader/index.ts';

const rootArg = process.argv.indexOf('--root');
const root = resolve(rootArg > -1 ? (process.argv[rootArg + 1] ?? '.') : (process.env.CONTENT_ROOT ?? '.'));
const started = performance.now();
const { content, issues, errors, warnings } = loadContent(readContent(root), { today: today() });
const counts = ['roles', 'qualifications', 'programmes', 'pathways', 'journeys', 'glossary', 'previousJobs', 'boroughs', 'synonyms']
  .map((k) => `${(content as unknown as Record<string, unknown[]>)[k]!.length} ${k}`)
  .join(', ');
if (issues.length) console.log(formatIssues(issues));
const ms = Math.round(performance.now() - started);
if (errors.length) {
  console.error(`\n${errors.length} error(s), ${warnings.length} warning(s). The site will not build until the errors are fixed.`);
  process.exit(1);
}
console.log(`Content OK: ${counts}; ${warnings.length} warning(s); checked in ${ms} ms.`);
