/**
 * Markdown bodies to HTML with markdown-it. Raw HTML is off, so an editor cannot inject
 * markup; `[[id]]` and `[[id|label]]` become links to that entry.
 */
import MarkdownIt from 'markdown-it';
import { WIKI_LINK } from './content/links.ts';

export interface LinkTarget {
  title: string;
  href: string;
}

export type Resolve = (id: string) => LinkTarget | undefined;

const escapeLabel = (s: string) => s.replace(/([\\[\]*_`])/g, '\\$1');

export function createMarkdown(resolve: Resolve): (body: string) => string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  return (body: string) => {
    const linked = body.replace(WIKI_LINK, (whole, id: string, label?: string) => {
      const target = resolve(id);
      if (!target) return whole;
      return `[${escapeLabel(label ?? target.title)}](${target.href})`;
    });
    return md.render(linked);
  };
}

/** Renders one line of text as inline Markdown (for list items in front matter). */
export function createInlineMarkdown(): (text: string) => string {
  const md = new MarkdownIt({ html: false, typographer: true });
  return (text: string) => md.renderInline(text);
}
