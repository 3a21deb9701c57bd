/**
 * Checks that keep routes honest: advice a careers adviser would sign off. A registered job
 * is entered only through its registration; a registration and a degree always need
 * something first; every role has a way in; every source is a page that proves the fact.
 * Pure: parsed content in, issues out.
 */
import { allEntries } from '../content/guards.ts';
import type { ContentIssue } from '../content/issues.ts';
import type { ParsedContent } from '../content/parse.ts';

const error = (file: string, field: string, message: string, fix: string): ContentIssue => ({ file, field, message, fix, severity: 'error' });

export function adviceChecks(content: ParsedContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const quals = new Map(content.qualifications.map((q) => [q.id, q]));
  const roles = new Set(content.roles.map((r) => r.id));

  for (const r of content.roles) {
    const d = r.data;
    if (!d.open_entry && !d.entry.length)
      issues.push(
        error(
          r.file,
          'entry',
          'this job has no way in: it is not open entry and lists no entry qualification',
          'list what gets people in under `entry` (from the sources), or set `open_entry: true` if people can apply with no qualifications',
        ),
      );
    if (d.regulator && d.regulator !== 'CQC') {
      d.entry.forEach((id, i) => {
        const q = quals.get(id);
        if (q && q.data.kind !== 'registration')
          issues.push(
            error(
              r.file,
              `entry[${i}]`,
              `"${id}" is ${/^[aeiou]/.test(q.data.kind) ? 'an' : 'a'} ${q.data.kind}, but a job registered with the ${d.regulator} is entered through its registration`,
              `put the registration (kind: registration) in \`entry\`, and list "${id}" in that registration's \`requires_any\``,
            ),
          );
      });
      if (d.open_entry) issues.push(error(r.file, 'open_entry', `a job registered with the ${d.regulator} cannot be open entry`, 'remove `open_entry: true`'));
    }
  }

  for (const q of content.qualifications) {
    const d = q.data;
    const needsSomething = d.requires.length > 0 || d.requires_any.length > 0;
    // A registration people already hold (from abroad) is a journey's starting point, not a step.
    const heldAtStart = content.journeys.some((j) => j.data.start.includes(q.id));
    if (d.kind === 'registration' && !needsSomething && !heldAtStart)
      issues.push(
        error(q.file, 'requires_any', 'a registration must say what leads to it', 'list the courses (or tests) that lead to it under `requires_any`'),
      );
    if (d.kind === 'degree') {
      // A degree needs a Level 3 first: one `requires` id, or one choice whose every option is Level 3 or above (or a job).
      const atLevel3 = (id: string) => roles.has(id) || (quals.get(id)?.data.level ?? 0) >= 3;
      const ok = d.requires.some(atLevel3) || d.requires_any.some((choice) => choice.every(atLevel3));
      if (!ok)
        issues.push(
          error(
            q.file,
            'requires_any',
            'a degree needs a Level 3 qualification first, but none is listed',
            'add a choice of the Level 3 routes the sources accept, like `[a-levels, access-to-he-health, t-level-health]`',
          ),
        );
    }
  }

  const entries = allEntries(content);
  for (const e of entries) {
    e.data.sources.forEach((s, i) => {
      if (!s.url) return;
      const url = new URL(s.url);
      if (url.protocol === 'http:')
        issues.push({
          file: e.file,
          field: `sources[${i}].url`,
          message: `${s.url} is not over https`,
          fix: 'use the https address of the page, or a page that is',
          severity: 'warning',
        });
      else if ((url.pathname === '/' || url.pathname === '') && !url.search)
        issues.push({
          file: e.file,
          field: `sources[${i}].url`,
          message: `${s.url} is a home page, not the page with the fact`,
          fix: 'link the page that states the fact',
          severity: 'warning',
        });
    });
  }
  return issues;
}
