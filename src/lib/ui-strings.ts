/** Every fixed piece of interface text, in one place, as flat keys (English only for now). */
export const ui = {
  siteName: 'Health and care careers: central London',
  siteShort: 'Health and care careers',
  skip: 'Skip to main content',
  navRoles: 'All jobs',
  navMap: 'Pathway map',
  navRoute: 'Route finder',
  navQualifications: 'Qualifications',
  navProgrammes: 'Local help',
  navGlossary: 'Key words',
  searchLabel: 'Search jobs, courses and local help',
  searchButton: 'Search',
  /** Printed instead of a QR code and address when the site's public address (SITE_URL) is not set. */
  noPublicUrl: 'This sheet has no web address or QR code: the site’s public address is not set up yet. Ask your adviser for the link.',
  disclaimer:
    'This site gives general information about jobs and training. It is not advice about your own situation. Pay, courses and local programmes change: check with the employer or provider before you decide.',
  sources: 'Sources for this page',
  lastReviewed: 'Content last checked',
  madeBy: 'Made for residents, careers advisors and tutors in the 12 Central London Forward boroughs.',
  /** The search box island. */
  searchBox: {
    placeholder: 'For example: carer, nurse, hospital job',
    loading: 'Loading search…',
    failed: 'Search could not load. Press Enter to search on the search page.',
    count: (n: number) => (n === 1 ? '1 result. Use the up and down arrows to choose.' : `${n} results. Use the up and down arrows to choose.`),
    none: (q: string) => `No results for “${q}”.`,
    didYouMean: 'Did you mean:',
    tryWords: 'Try:',
    browse: 'Or browse jobs by pathway',
    examples: ['carer', 'nurse', 'hospital job'],
  },
} as const;
