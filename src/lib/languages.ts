/**
 * The community languages the site offers, in one place: each language's name in its own
 * script and in English, its direction, and "not yet checked" in that language (machine-
 * drafted like the translations, and flagged the same way until a speaker checks it).
 */
export interface Language {
  /** The language's name for itself: "বাংলা". */
  own: string;
  /** Its name in English: "Bengali". */
  english: string;
  dir: 'ltr' | 'rtl';
  /** "Not yet checked" in the language (drafted, not yet checked by a speaker). */
  notChecked: string;
}

export const languages: Record<string, Language> = {
  bn: { own: 'বাংলা', english: 'Bengali', dir: 'ltr', notChecked: 'এখনও যাচাই করা হয়নি' },
  so: { own: 'Soomaali', english: 'Somali', dir: 'ltr', notChecked: 'weli lama hubin' },
  tr: { own: 'Türkçe', english: 'Turkish', dir: 'ltr', notChecked: 'henüz kontrol edilmedi' },
  pl: { own: 'Polski', english: 'Polish', dir: 'ltr', notChecked: 'jeszcze nie sprawdzono' },
  ar: { own: 'العربية', english: 'Arabic', dir: 'rtl', notChecked: 'لم يتم التحقق منها بعد' },
  pt: { own: 'Português', english: 'Portuguese', dir: 'ltr', notChecked: 'ainda não verificado' },
  es: { own: 'Español', english: 'Spanish', dir: 'ltr', notChecked: 'aún no revisado' },
};

/** "বাংলা (Bengali)": how the language menu names a language. */
export const languageLabel = (code: string): string => {
  const l = languages[code];
  return l ? `${l.own} (${l.english})` : code;
};
