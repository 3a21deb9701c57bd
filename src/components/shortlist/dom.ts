/**
 * A small element builder for the compare and My list pages: text always goes in as text
 * (never as HTML), attributes as attributes, `on*` functions as event listeners. Enough to
 * keep those pages' JavaScript a few kilobytes, without a framework.
 */
type Child = Node | string | number | false | null | undefined | Child[];
type Props = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...flatten(children));
  return el;
}

/** Replaces an element's children, leaving out `null`, `false` and `undefined` (which `replaceChildren` would write as text). */
export function fill(el: Element, ...children: Child[]): void {
  el.replaceChildren(...flatten(children));
}

function flatten(children: Child[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  for (const c of children) {
    if (Array.isArray(c)) out.push(...flatten(c));
    else if (c instanceof Node) out.push(c);
    else if (typeof c === 'string' || typeof c === 'number') out.push(String(c));
  }
  return out;
}

/** "A", "A and B", "A, B and C". */
export const andList = (names: readonly string[]): string => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);
