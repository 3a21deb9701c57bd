/**
 * One Content-Security-Policy for every page, sent two ways: Astro's `security.csp` writes
 * it into each page as a `<meta>` (with the hashes of the inline code it emits: island
 * bootstraps and the island style), and after the build this integration copies it into
 * `dist/_headers` (Netlify and Cloudflare Pages) as a real header, which also covers what
 * a `<meta>` cannot: `frame-ancestors`, and anything in the head above the `<meta>`.
 *
 * The header is one policy for all pages, so the build stops if two pages' policies
 * differ (a hash added for one page only, say) or a page has none.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtHtmlPages } from './built-pages.ts';

/**
 * The policy's directives besides script-src and style-src, which Astro writes: `'self'`
 * plus the hashes of inline code (no 'unsafe-inline' in either).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Only in the header: browsers ignore `frame-ancestors` in a `<meta>` policy, with a console error. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

const decode = (s: string) =>
  s
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The content of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  const tag = html.match(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
  const content = tag?.match(/\scontent="([^"]*)"/)?.[1];
  return content === undefined ? undefined : decode(content);
}

/** The directives of a policy, in order, each trimmed: "script-src 'self' 'sha256-...'". */
export const directivesOf = (policy: string): string[] =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

/** The header's policy: the pages' policy and the header-only directives. */
export const headerPolicy = (pagePolicy: string): string => [...directivesOf(pagePolicy), ...headerOnlyDirectives].join('; ');

/**
 * `headers` (the text of a _headers file) with the Content-Security-Policy as the first
 * header of its `/*` block. Throws when there is no such block to put it in.
 */
export function withPolicyHeader(headers: string, policy: string): string {
  const lines = headers.split('\n');
  const at = lines.findIndex((l) => l.trim() === '/*');
  if (at < 0)
    throw new Error('public/_headers has no "/*" block for the Content-Security-Policy. Fix: add a line "/*" followed by the headers every page gets.');
  if (lines.some((l) => /^\s*Content-Security-Policy:/i.test(l)))
    throw new Error(
      "public/_headers already has a Content-Security-Policy. Fix: remove it; the build writes it from the pages' policy (astro.config.mjs security.csp).",
    );
  lines.splice(at + 1, 0, `  Content-Security-Policy: ${policy}`);
  return lines.join('\n');
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string[]>();
        for (const page of builtHtmlPages(root)) {
          const policy = metaPolicy(readFileSync(page.file, 'utf8')) ?? '(none)';
          policies.set(policy, [...(policies.get(policy) ?? []), page.path]);
        }
        const [policy, ...others] = [...policies.keys()];
        if (!policy || others.length > 0 || policy === '(none)') {
          const list = [...policies].map(([p, pages]) => `- ${pages.length} page(s), such as ${pages.slice(0, 3).join(', ')}: ${p}`).join('\n');
          throw new Error(
            `Every page must have the same Content-Security-Policy, because dist/_headers sends one policy to all of them; found ${policies.size}:\n${list}\n` +
              'Fix: add hashes for inline code to every page (astro.config.mjs security.csp, or PageHead.astro), not to one page, and build every page on a layout with PageHead.',
          );
        }
        const file = join(root, '_headers');
        if (!existsSync(file))
          throw new Error('dist/_headers is missing. Fix: keep public/_headers (the headers for Netlify and Cloudflare Pages) in the project.');
        writeFileSync(file, withPolicyHeader(readFileSync(file, 'utf8'), headerPolicy(policy)));
        logger.info(`Content-Security-Policy written to _headers (${directivesOf(policy).length} directives, the same as every page's <meta>)`);
      },
    },
  };
}
