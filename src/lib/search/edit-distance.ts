/** The search module's word distance: see src/lib/text.ts (one edit distance for the whole site). */
export { editDistance, similarWord } from '../text.ts';
