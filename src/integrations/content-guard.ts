/**
 * Stops `astro build` and `astro dev` before anything is written when the content has
 * errors, printing every error as `file: field: message. Fix: ...`.
 */
import type { AstroIntegration } from 'astro';
import { processContent, today, formatIssues } from '../lib/content/index.ts';
import { readContentFiles } from '../lib/content/read.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = process.env.CONTENT_ROOT ?? process.cwd();
        const content = processContent(readContentFiles(root), { today: today() });
        for (const w of content.warnings) logger.warn(formatIssues([w]));
        if (content.errors.length) {
          const message = `The content has ${content.errors.length} error(s); nothing was built.\n${formatIssues(content.errors)}`;
          logger.error(message);
          throw new Error(message);
        }
        logger.info(`content OK: ${content.roles.length} roles, ${content.qualifications.length} qualifications, ${content.programmes.length} programmes`);
      },
    },
  };
}
