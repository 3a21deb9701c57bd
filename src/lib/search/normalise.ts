/**
 * Query text normalisation, shared by the index build and the searcher so both sides agree:
 * lower case, no punctuation, British spellings, "l3" -> "level 3", "b3" -> "band 3".
 */

/** American (and common wrong) spellings -> the British forms used in content. */
const SPELLINGS = new Map<string, string>(
  Object.entries({
    pediatric: 'paediatric',
    pediatrics: 'paediatrics',
    anesthetic: 'anaesthetic',
    anesthetics: 'anaesthetics',
    anesthesia: 'anaesthesia',
    anesthetist: 'anaesthetist',
    orthopedic: 'orthopaedic',
    orthopedics: 'orthopaedics',
    hematology: 'haematology',
    gynecology: 'gynaecology',
    esophagus: 'oesophagus',
    edema: 'oedema',
    color: 'colour',
    center: 'centre',
    centers: 'centres',
    theater: 'theatre',
    theaters: 'theatres',
    program: 'programme',
    programs: 'programmes',
    behavior: 'behaviour',
    behavioral: 'behavioural',
    counselor: 'counsellor',
    counseling: 'counselling',
    aging: 'ageing',
    labor: 'labour',
    enrollment: 'enrolment',
    license: 'licence',
    defense: 'defence',
    catalog: 'catalogue',
    dietician: 'dietitian',
    dieticians: 'dietitians',
    mom: 'mum',
    moms: 'mums',
    neighbor: 'neighbour',
    neighborhood: 'neighbourhood',
    fulfill: 'fulfil',
    practicing: 'practising',
  }),
);

/** "-ize" family -> "-ise" ("organization" -> "organisation"); three letters first keeps "size". */
const IZE = /^([a-z]{3,})iz(e|es|ed|er|ers|ing|ation|ations)$/;

/** Question openings and filler that never help find an entry. Longest first. */
const FILLER_PHRASES = [
  'how do i become an',
  'how do i become a',
  'how do i become',
  'how can i become an',
  'how can i become a',
  'how can i become',
  'how to become an',
  'how to become a',
  'how to become',
  'i want to become an',
  'i want to become a',
  'i want to be an',
  'i want to be a',
  'i want to work as an',
  'i want to work as a',
  'what does an',
  'what does a',
  'what is an',
  'what is a',
  'what is the',
  'what is',
  'whats an',
  'whats a',
  'whats',
  'what are',
  'where can i',
  'how do i',
  'how to',
  'tell me about',
  'near me',
];
/** Any UTF-16 code unit above ASCII (what [^\x00-\x7f] matches, written without naming control characters). */
const NON_ASCII = /[\u0080-\uffff]/;
/** Latin letters that do not decompose into a base letter and an accent. */
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ı: 'i', ø: 'o', ß: 'ss', đ: 'd', æ: 'ae', œ: 'oe' };
const LATIN_EXTRA_RE = /[łıøßđæœ]/g;
/** Arabic short vowels, tatweel and letter variants people type either way. */
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u0640]/g;
const ARABIC_FORMS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ة: 'ه', ى: 'ي', ؤ: 'و', ئ: 'ي' };
const ARABIC_FORMS_RE = /[أإآٱةىؤئ]/g;
/** Anything that is not a letter, a combining mark of a non-Latin script or a digit separates words. */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Text in any script, folded for matching: lower case, Latin accents off ("pielęgniarka" and
 * "pielegniarka", "hemşire" and "hemsire" match), Arabic vowel marks off and letter forms
 * joined; Bengali and other scripts keep their vowel signs, which are part of the word.
 */
function foldNonAscii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, '')
    .replace(LATIN_EXTRA_RE, (c) => LATIN_EXTRA[c] ?? c)
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_FORMS_RE, (c) => ARABIC_FORMS[c] ?? c)
    .normalize('NFC');
}
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** "level three", "band two" -> digits. */
const NUMBER_WORD = new RegExp(`\\b(level|band) (${NUMBERS.join('|')})\\b`, 'g');

/** Rewrites words in place to the British spellings content uses. */
function britishSpellings(ws: string[]): void {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] ?? '';
    const fixed = SPELLINGS.get(w) ?? (w.length > 5 && w.includes('iz') ? w.replace(IZE, '$1is$2') : w);
    if (fixed !== w) ws[i] = fixed;
  }
}
/** Cheap pre-checks so most texts skip the big regexes. */
const FILLER_HINT = /^(?:how|what|i |where|tell)|near me/;
const JOB_HINT = /job|vacanc|career|opportunit|please/;
const FILLER = new RegExp(`^(?:${FILLER_PHRASES.join('|')})\\b|\\b(?:near me)\\b`, 'g');
/** Words that mean "show me openings": dropped anywhere ("care jobs in hackney"). */
const JOB_WORDS = /\b(?:jobs?|vacancy|vacancies|careers?|opportunity|opportunities|please)\b/g;

/**
 * Normalises what a person typed. Pure and idempotent: normaliseQuery(normaliseQuery(x))
 * equals normaliseQuery(x). Keeps meaningful short words ("no", "it", "ot").
 */
export function normaliseQuery(q: string): string {
  // Written for speed (it runs over every indexed text): regexes only when they can match.
  let s = q.toLowerCase();
  const wide = NON_ASCII.test(s);
  if (wide) s = foldNonAscii(s);
  s = s.replace(/['`]/g, '');
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  if (s.includes('+')) s = s.replace(/\+/g, ' plus ');
  s = (wide ? s.replace(NOT_WORD, ' ') : s.replace(/[^a-z0-9]+/g, ' ')).trim();
  const ws = s.split(' ');
  britishSpellings(ws);
  s = ws.join(' ');
  if (NUMBER_WORD.test(s)) s = s.replace(NUMBER_WORD, (_m, kind: string, n: string) => `${kind} ${NUMBERS.indexOf(n)}`);
  if (/\d/.test(s)) {
    // Levels: "l3", "lvl 3", "level3", "lev 3", "nvq3" -> "level 3"; "rqf" is implied.
    s = s.replace(/\b(?:l|lv|lvl|lev|level|nvq|nvq level|rqf level|rqf)\s?([0-8])\b/g, (_m, n: string) => `level ${n}`);
    // Bands: "b3", "band3", "afc band 3" -> "band 3"; 8a to 8d included.
    s = s.replace(/\b(?:b|bnd|band|afc band|afc)\s?([1-9]|8\s?[a-d])\b/g, (_m, n: string) => `band ${n.replace(/\s/g, '')}`);
  }
  if (FILLER_HINT.test(s)) s = s.replace(FILLER, ' ');
  if (JOB_HINT.test(s)) s = s.replace(JOB_WORDS, ' ');
  return s.includes('  ') || s.startsWith(' ') || s.endsWith(' ') ? s.replace(/\s+/g, ' ').trim() : s;
}

/** Words that carry no meaning on their own inside a query. "no", "it" and "ot" are kept. */
export const STOP_WORDS = new Set(
  (
    'a an the and or of in on at to for from with by as is are am be been do does did i me my you your ' +
    'we our they their it its this that these those what which who how where when why can could would ' +
    'should will want like get become any some about into near there here than then so if also'
  )
    .split(' ')
    .filter((w) => w !== 'it'),
);

const IRREGULAR = new Map<string, string>(
  Object.entries({
    midwives: 'midwife',
    wives: 'wife',
    people: 'person',
    children: 'child',
    childrens: 'child',
    women: 'woman',
    men: 'man',
    feet: 'foot',
    teeth: 'tooth',
    older: 'old',
    elderly: 'old',
  }),
);

/**
 * A light English stemmer, good enough to join plurals and "-ing" forms:
 * nurses/nursing/nurse -> "nurs", therapies -> "therapy", carers -> "carer".
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return stem(irregular);
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/**
 * The words of a text for indexing: the same lower-casing, accents, apostrophes and spellings
 * as normaliseQuery, without the query-only rewrites (levels, filler). About 3x faster.
 */
export function indexWords(text: string): string[] {
  let s = text.toLowerCase();
  const wide = NON_ASCII.test(s);
  if (wide) s = foldNonAscii(s);
  if (s.includes("'") || s.includes('`')) s = s.replace(/['`]/g, '');
  const ws = (wide ? s.match(/[\p{L}\p{M}\p{N}]+/gu) : s.match(/[a-z0-9]+/g)) ?? [];
  britishSpellings(ws);
  return ws;
}

/** Splits normalised text into words (numbers included). */
export function words(normalised: string): string[] {
  return normalised.split(' ').filter(Boolean);
}

/** The meaningful stems of a normalised text: stop words and lone digits dropped. */
export function terms(normalised: string): string[] {
  return words(normalised)
    .filter((w) => !STOP_WORDS.has(w) && !/^\d$/.test(w))
    .map(stem);
}
