/**
 * Stops `astro build` and `astro dev` before anything is written when the content has
 * errors, printing every error as `file: field: message. Fix: ...`.
 */
import type { AstroIntegration } from 'astro';
import { readContent } from '../lib/content/read.ts';
import { formatIssues } from '../lib/content/index.ts';
import { loadContent, today } from '../lib/loader/index.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = process.env.CONTENT_ROOT ?? process.cwd();
        const { content, errors, warnings } = loadContent(readContent(root), { today: today() });
        for (const w of warnings) logger.warn(formatIssues([w]));
        if (errors.length) {
          const message = `The content has ${errors.length} error(s); nothing was built.\n${formatIssues(errors)}`;
          logger.error(message);
          throw new Error(message);
        }
        logger.info(`content OK: ${content.roles.length} roles, ${content.qualifications.length} qualifications, ${content.programmes.length} programmes`);
      },
    },
  };
}
