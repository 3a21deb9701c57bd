/**
 * Pathway colours as classes, not style attributes: a strict Content-Security-Policy
 * (no 'unsafe-inline' in style-src) blocks every `style="..."` in the HTML. Each pathway
 * gets one rule, `.lane-nursing{--lane:#00703c}`, in a small stylesheet that every page
 * carries in its head (PageHead.astro, hashed into the policy); an element takes its
 * pathway's colour through `class={laneClass(id)}` and the CSS reads `var(--lane)`.
 */
import { isId } from './text.ts';

/** The class that gives an element its pathway's colour as `--lane`. */
export const laneClass = (pathwayId: string): string => `lane-${pathwayId}`;

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The rules for every pathway, one line each. Ids and colours are checked again here (the
 * content schema already does) because they are written into CSS unescaped.
 */
export function laneStylesheet(lanes: readonly { id: string; colour: string }[]): string {
  return lanes
    .map(({ id, colour }) => {
      if (!isId(id)) throw new Error(`Pathway id "${id}" cannot be a class name. Fix: use lower-case letters, digits and single hyphens.`);
      if (!COLOUR.test(colour)) throw new Error(`Pathway "${id}" has colour "${colour}". Fix: use a colour like #1d70b8.`);
      return `.${laneClass(id)}{--lane:${colour}}`;
    })
    .join('\n');
}
