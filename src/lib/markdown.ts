/**
 * Markdown bodies to HTML with markdown-it. Raw HTML is off, so an editor cannot inject
 * markup; `[[id]]` and `[[id|label]]` become links to that entry; glossary key words in
 * running text (not in headings or links) are marked with their simple meaning.
 */
import MarkdownIt from 'markdown-it';
import { WIKI_LINK } from './content/links.ts';
import type { Segment, TermInfo } from './glossary/mark.ts';
import { segmentsHtml } from './glossary/render.ts';

export interface LinkTarget {
  title: string;
  href: string;
}

export type Resolve = (id: string) => LinkTarget | undefined;

export interface KeyWords {
  match: (text: string, seen?: Set<string>) => Segment[];
  terms: ReadonlyMap<string, TermInfo>;
}

const escapeLabel = (s: string) => s.replace(/([\\[\]*_`])/g, '\\$1');

/** Returns render(body, seen?): `seen` holds key-word ids already marked on the page. */
export function createMarkdown(resolve: Resolve, keyWords?: KeyWords): (body: string, seen?: Set<string>, options?: { translations?: boolean }) => string {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  if (keyWords) {
    md.core.ruler.push('key_words', (state) => {
      const seen = (state.env as { seen?: Set<string> }).seen;
      state.tokens.forEach((block, i) => {
        if (block.type !== 'inline' || !block.children || state.tokens[i - 1]?.type === 'heading_open') return;
        let inLink = 0;
        block.children = block.children.map((tok) => {
          if (tok.type === 'link_open') inLink++;
          if (tok.type === 'link_close') inLink--;
          if (tok.type !== 'text' || inLink > 0) return tok;
          const segments = keyWords.match(tok.content, seen);
          if (segments.every((s) => typeof s === 'string')) return tok;
          const html = new state.Token('html_inline', '', 0);
          html.content = segmentsHtml(segments, keyWords.terms, { translations: (state.env as { translations?: boolean }).translations !== false });
          return html;
        });
      });
    });
  }
  return (body: string, seen?: Set<string>, options: { translations?: boolean } = {}) => {
    const linked = body.replace(WIKI_LINK, (whole, id: string, label?: string) => {
      const target = resolve(id);
      if (!target) return whole;
      return `[${escapeLabel(label ?? target.title)}](${target.href})`;
    });
    return md.render(linked, { seen, translations: options.translations });
  };
}
