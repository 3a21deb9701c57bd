/** `[[id]]` links in Markdown bodies. */
export const WIKI_LINK = /\[\[([^\]\s|]+)(?:\|([^\]]+))?\]\]/g;

/** The ids linked from a body, in order, with repeats. */
export function wikiLinkIds(body: string): string[] {
  return [...body.matchAll(WIKI_LINK)].map((m) => m[1] ?? '');
}
