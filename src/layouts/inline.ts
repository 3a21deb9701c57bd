/**
 * The code a page runs inline, and the hashes that let it run under the site's
 * Content-Security-Policy (no 'unsafe-inline'): astro.config.mjs puts `cspHash` of each
 * inline script into `security.csp`, and PageHead.astro adds the hash of its style block.
 * Everything else runs from files in /_astro/ (Astro-processed `<script>` tags).
 */
import { createHash } from 'node:crypto';

/**
 * Before first paint: mark the page as having JavaScript (`html[data-js]`: controls that
 * need it, `.js-only`, take their place in the first layout instead of appearing later and
 * pushing the page down) and the address as asking for a search (`html[data-query]`, `?q=`:
 * /search/ keeps room for the results it will show), and apply the reader's saved Simple English and key-word language
 * choices (ReadingTools.astro saves them). Inline and classic, so the page never shows the
 * long text first and then jumps; a file would be one more request blocking the first paint.
 */
export const readingPrefsScript =
  "var d=document.documentElement;d.dataset.js='on';if(/[?&]q=[^&]/.test(location.search))d.dataset.query='on';try{var s=localStorage.getItem('simple'),l=localStorage.getItem('kwlang');if(s==='on')d.dataset.simple='on';if(l)d.dataset.lang=l}catch(e){}";

/** The CSP source for an inline script or style: `sha256-` and the base64 digest of its exact text. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
