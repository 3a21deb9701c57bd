/** Every fixed piece of the self-check's text, as flat keys (the style of src/lib/ui-strings.ts). */
export const selfCheckText = {
  title: 'Is this work for me?',
  description: 'A short self-check: situations from real care and NHS work, honest answers, and jobs to talk about with an adviser.',
  lede: 'Read about real moments in care and NHS work, and choose the answer closest to you. You will see some jobs to talk about, and the hard parts to think about.',
  ledeSimple: 'Read about real moments at work. Choose the answer that is most like you. Then see some jobs to talk about.',
  notATest:
    'This is not a test. No answer is right or wrong, and there is no pass or fail. Nothing you choose is sent or saved anywhere: it stays on this device.',
  /** Shown before the island runs, and with JavaScript off: true then too. */
  noScript:
    'The self-check needs JavaScript, which is off or has not loaded. You can still read the situations below and think about them, or talk them through with an adviser. Or look at',
  previousJobsLink: 'jobs that fit the work you did before',
  rolesLink: 'all jobs',
  previousJobsTitle: 'From my last job: jobs that fit the work you did before',
  rolesTitle: 'All jobs, A to Z',
  or: 'or',
  situationsHeading: 'The situations',
  notSetUp: 'The self-check is not set up on this site yet.',
  progress: (n: number, total: number) => `Question ${n} of ${total}`,
  hint: 'Choose the answer closest to you. No answer is right or wrong. You can also skip a question.',
  valuesLead: 'Care employers look for:',
  next: 'Next',
  back: 'Back',
  seeResults: 'See my results',
  resultsHeading: (n: number) => `${n} jobs to talk about`,
  conversation:
    'These jobs are a conversation starter, not a verdict, and not the only jobs for you. Talk them through with a careers adviser, a tutor, or someone who does the job.',
  skipped: (n: number) => (n === 1 ? 'You skipped 1 question.' : `You skipped ${n} questions.`),
  reasonsHeading: 'Why it might suit you',
  thinkHeading: 'Things to think about',
  youSaid: (answer: string) => `You said: “${answer}”`,
  startingPoint: 'None of your answers point here directly. You can start this job with no experience.',
  routeLink: (title: string) => `Find a route to ${title}`,
  shareLead: 'The address of this page keeps your answers, so you can come back to these results or show them to an adviser.',
  shareLink: 'Link to these results',
  changeAnswers: 'Change my answers',
  startAgain: 'Start again',
  moreLead: 'More ways to explore:',
  valuesHeading: 'What care employers look for',
  valuesIntro:
    'Care employers and NHS-funded courses recruit for values as well as skills (values-based recruitment). The situations are built on these values, and on realistic job previews: the good and the hard parts of a job.',
  islandName: 'The self-check',
} as const;
