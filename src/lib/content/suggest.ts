/** "Did you mean" ids for editors' error messages: see src/lib/text.ts. */
export { editDistance, nearestIds } from '../text.ts';
