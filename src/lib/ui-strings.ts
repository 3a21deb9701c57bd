/** Every fixed piece of interface text, in one place, as flat keys (English only for now). */
export const ui = {
  siteName: 'Health and care careers: central London',
  siteShort: 'Health and care careers',
  /** Under the icon on a phone's home screen: at most about 12 letters. */
  appName: 'Care careers',
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
    failed: 'Search could not load. Check your connection and try again, or press Enter to see everything A to Z.',
    count: (n: number) => (n === 1 ? '1 result. Use the up and down arrows to choose.' : `${n} results. Use the up and down arrows to choose.`),
    none: (q: string) => `No results for “${q}”.`,
    didYouMean: 'Did you mean:',
    tryWords: 'Try:',
    browse: 'Or browse jobs by pathway',
    examples: ['carer', 'nurse', 'hospital job'],
  },
  /** The button that repeats a load that failed (search index, place pickers, a broken island). */
  tryAgain: 'Try again',
  /** The /search/ page island. */
  searchPage: {
    /** Shown before the island runs: with JavaScript off it stays, so it must be true then too. */
    noScript: 'Searching needs JavaScript, which is off or has not loaded. Everything on this site is listed A to Z below, and in these lists:',
    loading: 'Loading search…',
    failed: 'Search could not load: the list of everything on the site did not arrive. Check your connection and try again, or use the A to Z lists below.',
    prompt: 'Type what you are looking for.',
  },
  /** The A to Z lists, for places that offer them when search is not there. */
  azLists: [
    { href: '/roles/', label: 'all jobs' },
    { href: '/qualifications/', label: 'qualifications' },
    { href: '/programmes/', label: 'local help' },
  ],
  /** The route finder. */
  routeFinder: {
    noScript: 'The route finder needs JavaScript, which is off or has not loaded. The common routes below work without it, and print well.',
    pickerFailed: 'Typing to find a job or qualification is not working: the list could not load. Choose from the list below, or try again.',
    routeFailed: 'Something went wrong while working out your routes. Try a different start or job, or use the common routes below.',
  },
  /** "My list": things saved on this device, and the plan it prints. */
  myList: {
    link: 'My list',
    noScript: 'My list needs JavaScript, which is off or has not loaded: the list is kept in this browser. Every job is in the list of',
    loading: 'Loading your list…',
    failed: 'Your list could not load: the facts about the jobs did not arrive. Check your connection and try again.',
    empty: 'Your list is empty. Use the “Save to my list” buttons on jobs, qualifications, local help and routes, and they will be listed here.',
    fromLink: 'This list came from a link. It is not saved on this device.',
    keep: 'Keep this list on this device',
    kept: 'The list is saved on this device.',
    linkLabel: 'Link to this list',
    linkHint: 'It opens the same list in any browser, on any device.',
    copy: 'Copy link',
    copied: 'The link is copied. Paste it into a message or a note.',
    copyFailed: 'The link could not be copied: select it above and copy it.',
    email: 'Email this list',
    emailSubject: 'My health and care careers list',
    print: 'Print this plan',
    clear: 'Clear the list',
    clearHint: 'Removes the saved items, the jobs chosen to compare and the borough from this device.',
    cleared: 'The list is cleared from this device.',
    compare: (n: number) => `Compare these ${n} jobs`,
  },
  /** The compare page. */
  compare: {
    noScript: 'Comparing jobs needs JavaScript, which is off or has not loaded. You can read about each job in the list of',
    loading: 'Loading the jobs…',
    failed: 'The jobs could not load. Check your connection and try again.',
    tooFew: 'Choose at least 2 jobs to compare: add them below, or use the Compare buttons on the jobs’ pages.',
    add: 'Add a job',
    addButton: 'Add',
    print: 'Print this comparison',
  },
  /** Shown in place of a part of a page that stopped working (ErrorBoundary). */
  brokenPart: (name: string) => `${name} stopped working because of a problem on this page. Try again, or use the links below.`,
} as const;
