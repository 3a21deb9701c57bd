/**
 * The content contract: one zod schema per collection. Every field has a one-line doc
 * comment; editors read docs/content-guide.md, which mirrors these comments.
 * Pure module: no Astro runtime, no DOM. `astro/zod` is a re-export of zod.
 */
import { z } from 'astro/zod';
import { ID_PATTERN } from '../text.ts';

/** Kebab-case id, the same as a file name without `.md`. */
export const idSchema = z.string().regex(ID_PATTERN, 'must be kebab-case, like "care-worker"');

/** True for a date written YYYY-MM-DD that exists on the calendar (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date written YYYY-MM-DD, that exists. Dates in the future are refused by the content check (it knows today). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD, like 2026-11-01', abort: true })
  .refine(isRealDate, {
    error: (issue) => `"${String(issue.input)}" is not a real date`,
    params: { fix: 'check the day and the month, and write a date that exists, as YYYY-MM-DD' },
  });

/**
 * Text an editor writes: titles, summaries, simple text, list items. Spaces alone are not
 * text: a blank value is refused ("is blank") before its length is checked.
 */
export const textSchema = (min = 1) =>
  z
    .string()
    .refine((s) => s.trim() !== '', {
      message: 'the text is blank',
      abort: true,
      params: { fix: 'write the text (spaces alone do not count); for an empty list item, remove the item' },
    })
    .min(min);

/**
 * A public web address. Only `https:` and `http:` are accepted, so no `javascript:` or
 * `data:` address from content can ever reach an `href`.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' });

/** An email address for a contact (shown as a `mailto:` link). */
export const emailSchema = z.email({ error: 'must be an email address, like jobs@example.org' });

/** A UK phone number for a contact, digits and spaces, optionally starting with +44 (shown as a `tel:` link). */
export const phoneSchema = z.string().regex(/^(?:\+44 ?|0)[0-9 ]{9,13}$/, 'must be a UK phone number, like 020 7946 0000');

/** The seed documents the project comes from, by short key (see shared/seeds/README.md). */
export const seedKeys = ['clf-outcomes-2021', 'clf-prospectus-2020', 'clf-blog-2021', 'lsc-plan-2003', 'career-academy-toolkit'] as const;

/** One source for the facts in an entry. */
export const sourceSchema = z
  .object({
    /** The title of the page or document. Required. */
    title: textSchema(3),
    /** A public web address for the source: the page with the fact. Either `url` or `seed` is required. */
    url: webUrlSchema.optional(),
    /** The key of a seed document, when the fact comes from one. */
    seed: z.enum(seedKeys).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.seed !== undefined, {
    message: 'needs either a url or a seed key',
  });

/** Fields every entry carries. */
const base = {
  /** Where the facts come from: at least one source. Required. */
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  /** The date a person last checked this entry against its sources (YYYY-MM-DD). Required. */
  reviewed: dateSchema,
};

/** Which part of the sector a role is in. */
export const sectorSchema = z.enum(['social-care', 'nhs', 'both']);

/** RQF level: 0 is Entry level or no qualification needed, 8 is doctorate. */
export const levelSchema = z.number().int().min(0).max(8);

/** Facts about a job that people filter and search on. */
export const roleTagSchema = z.enum([
  'no-experience',
  'part-time',
  'nights',
  'weekends',
  'driving',
  'esol-friendly',
  'overseas-welcome',
  'apprenticeship',
  'lived-experience',
]);

/** An Agenda for Change band: "2" to "9", or "8a" to "8d". */
export const bandSchema = z.string().regex(/^(?:[1-9]|8[a-d])$/, 'must be an Agenda for Change band, like "3" or "8a"');

/**
 * What a role pays. Figures are never typed here: they live in content/pay-scales.yaml,
 * and the role points at them, so a pay rise is one edit there.
 */
export const paySchema = z
  .object({
    /** Agenda for Change bands the job is usually paid on, like ["3"] or ["4", "5"]: the figures come from content/pay-scales.yaml. */
    bands: z.array(bandSchema).default([]),
    /** Other published pay figures for the job: ids of `rates` in content/pay-scales.yaml (a survey median, say). */
    rates: z.array(idSchema).default([]),
    /** A wage the job pays at least, as an id of `wages` in content/pay-scales.yaml (national-living-wage). */
    floor: idSchema.optional(),
    /** What else to know about pay, in plain words, with no £ figures ("Senior posts are Band 4."). */
    note: textSchema(3).optional(),
  })
  .strict();

/** A translation of a glossary meaning. */
export const translationSchema = z
  .object({
    /** The meaning in that language. Required. */
    text: textSchema(),
    /** True only after a speaker of the language has checked it. Required. */
    reviewed: z.boolean(),
  })
  .strict();

/** Languages we offer translations in, as ISO 639-1 codes. */
export const languageCodes = ['bn', 'so', 'tr', 'pl', 'ar', 'pt', 'es'] as const;

/** A job. File: content/roles/<id>.md */
export const roleSchema = z
  .object({
    /** The job title people see. Required. */
    title: textSchema(2),
    /** Other names for the same job ("HCA", "nursing assistant"). */
    also_known_as: z.array(textSchema()).default([]),
    /** social-care, nhs or both. Required. */
    sector: sectorSchema,
    /** The pathway (lane on the map) this role belongs to: a pathway id. Required. */
    family: idSchema,
    /** The RQF level the role works at: 0 means no qualification needed to start. Required. */
    level: levelSchema,
    /** One plain-English sentence on what the job is. Required. */
    summary: textSchema(10),
    /** The same in simple English (ESOL Entry 3): 1 to 3 short sentences. Required. */
    simple: textSchema(5),
    /** What the job pays, with its year. Required. */
    pay: paySchema,
    /** Hours and shift patterns in plain words: nights, weekends, part time, driving. Required. */
    hours: textSchema(3),
    /** Good things about the job (a realistic job preview). At least one. */
    good: z.array(textSchema()).min(1, 'needs at least one good part'),
    /** Hard things about the job (a realistic job preview). At least one. */
    hard: z.array(textSchema()).min(1, 'needs at least one hard part'),
    /** True when you can apply with no qualifications (an employer may still ask for experience or a driving licence). */
    open_entry: z.boolean().default(false),
    /** Qualification ids: having any one of them gets you in. */
    entry: z.array(idSchema).default([]),
    /** Qualification ids people usually take once in the job (like the Care Certificate). */
    in_work: z.array(idSchema).default([]),
    /** Role ids this job often leads to. The reverse ("where people come from") is derived. */
    progression: z.array(idSchema).default([]),
    /** The professional regulator people must register with, if any (NMC, HCPC, ...). */
    regulator: z.enum(['NMC', 'HCPC', 'Social Work England', 'GPhC', 'GDC', 'CQC']).optional(),
    /** The criminal record (DBS) check the job usually needs. Required. */
    dbs: z.enum(['none', 'basic', 'standard', 'enhanced', 'enhanced-barred']),
    /** Facts people filter on: no-experience, part-time, nights, driving, ... */
    tags: z.array(roleTagSchema).default([]),
    /** The job's name in the community languages, by code, for search ("enfermera"): `reviewed: true` only after a speaker checked it. */
    names: z.partialRecord(z.enum(languageCodes), translationSchema).default({}),
    ...base,
  })
  .strict();

/** The kinds of qualification and step a person can take. */
export const qualificationKindSchema = z.enum([
  'award',
  'certificate',
  'diploma',
  'apprenticeship',
  't-level',
  'access',
  'degree',
  'masters',
  'functional-skills',
  'esol',
  'short-course',
  'standards',
  'registration',
  'test',
  'check',
]);

/** A qualification, credential or step. File: content/qualifications/<id>.md */
export const qualificationSchema = z
  .object({
    /** The name people see. Required. */
    title: textSchema(2),
    /** What kind of step this is. Required. */
    kind: qualificationKindSchema,
    /** RQF level: 0 for Entry level and for checks; registrations and professional tests take the level of the study that leads to them (for the map). Required. */
    level: levelSchema,
    /** How long it usually takes, in months (0.5 for two weeks). Required. */
    typical_months: z.number().min(0).max(96),
    /** Who pays, and the free routes, in plain words. Required. */
    funding: textSchema(3),
    /** True when you are paid while you do it (apprenticeships, in-work training). */
    paid: z.boolean().default(false),
    /** Qualification or role ids you need first: ALL of them. */
    requires: z.array(idSchema).default([]),
    /**
     * Qualification or role ids of which you need at least ONE first (a job in care, any of
     * several registrations). A list of lists is several such choices, ALL of them needed:
     * `[[a-levels, access-to-he-health], [gcse-english-maths, functional-skills-english-maths-l2]]`.
     */
    requires_any: z
      .union([z.array(idSchema), z.array(z.array(idSchema).min(2, 'a choice needs at least two ids: put a single id in `requires`'))])
      .default([])
      .transform((v): string[][] => (v.length === 0 ? [] : Array.isArray(v[0]) ? (v as string[][]) : [v as string[]])),
    /** One plain-English sentence on what it is. Required. */
    summary: textSchema(10),
    /** The same in simple English: 1 to 3 short sentences. */
    simple: textSchema().optional(),
    ...base,
  })
  .strict();

/** Who can join a programme, as its source gives it. */
export const whoCanJoinSchema = z
  .object({
    /** The youngest age it takes, when the source gives one. */
    age_min: z.number().int().min(14).max(99).optional(),
    /** The oldest age it takes, when the source gives one. */
    age_max: z.number().int().min(14).max(99).optional(),
    /** Whether you must be out of work (not-working), in work (working), or either (any). Required. */
    employment: z.enum(['any', 'not-working', 'working']),
    /** A group it is only for, that the route finder cannot check ("women", "care leavers"): it is then never offered in a route, only listed with this condition. */
    only: textSchema(3).optional(),
    /** Who can join, in the source's words: age, where you live, work status, other conditions. Required. */
    text: textSchema(10),
    /** True when the sources give a person no way to apply (partnership work, a plan): listed on its page, never offered as help. */
    no_way_to_join: z.boolean().default(false),
  })
  .strict()
  .refine((w) => w.age_min === undefined || w.age_max === undefined || w.age_min <= w.age_max, {
    message: 'age_min is above age_max',
    path: ['age_max'],
  });

/** A local programme. File: content/programmes/<id>.md */
export const programmeSchema = z
  .object({
    /** The programme's name. Required. */
    title: textSchema(2),
    /** Who runs it. Required. */
    provider: textSchema(2),
    /** Borough ids whose residents can join it (from content/boroughs.yaml). At least one. */
    boroughs: z.array(idSchema).min(1, 'needs at least one borough'),
    /** The groups it is for, in plain words ("women facing barriers to work"). */
    serves: z.array(textSchema()).default([]),
    /** Who can join: age, work status, other conditions. Required. */
    who_can_join: whoCanJoinSchema,
    /** Qualification ids people gain on it. */
    offers: z.array(idSchema).default([]),
    /** Role ids it leads to. */
    leads_to: z.array(idSchema).default([]),
    /** How long it lasts, in the source's words ("four months"). Required. */
    length: textSchema(3),
    /** How long it lasts in months, for the route finder, when the source gives a length. */
    months: z.number().min(0.25).max(48).optional(),
    /** Whether people are paid while on it: yes, no or unknown. Required. */
    paid: z.enum(['yes', 'no', 'unknown']),
    /** What it costs the person, in plain words: "Free" where it is free. Required. */
    cost: textSchema(3),
    /** The programme's public web page. One of url, phone or email is required. */
    url: webUrlSchema.optional(),
    /** A phone number to ask about it. */
    phone: phoneSchema.optional(),
    /** An email address to ask about it. */
    email: emailSchema.optional(),
    /** Whether it runs today: running, paused, ended or unknown. Required. */
    status: z.enum(['running', 'paused', 'ended', 'unknown']),
    /** The date a person last confirmed the status (YYYY-MM-DD). Required. */
    status_checked: dateSchema,
    /** One plain-English sentence on what it is. Required. */
    summary: textSchema(10),
    ...base,
  })
  .strict()
  .refine((p) => p.url !== undefined || p.phone !== undefined || p.email !== undefined, {
    message: 'needs a contact: a url, a phone or an email',
    path: ['url'],
  });

/** A pathway family: a lane on the map, and a featured route through it. */
export const pathwaySchema = z
  .object({
    /** The pathway's name. Required. */
    title: textSchema(2),
    /** Its colour on the map, as #rrggbb. Required. */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d70b8'),
    /** Where its lane sits on the map: lower numbers first. Required. */
    order: z.number().int().min(0),
    /** One plain-English sentence on the pathway. Required. */
    summary: textSchema(10),
    /** The same in simple English. Required. */
    simple: textSchema(5),
    /** Ordered role or qualification ids: the featured route (lanes, presentation, handouts). */
    steps: z.array(idSchema).min(2, 'needs at least two steps'),
    ...base,
  })
  .strict();

/** A "start here" journey. File: content/journeys/<id>.md */
export const journeySchema = z
  .object({
    /** The journey's name ("No qualifications yet"). Required. */
    title: textSchema(2),
    /** Who it is for, in plain words. Required. */
    for: textSchema(3),
    /** Order on the home page: lower first. */
    order: z.number().int().min(0).default(100),
    /** Role or qualification ids where people on this journey can start. Empty means "no qualifications yet". */
    start: z.array(idSchema).default([]),
    /** Role ids people on this journey often aim for: the routes shown for it. At least one. */
    targets: z.array(idSchema).min(1, 'needs at least one target role'),
    /** First things to do, in plain words. At least one. */
    first_steps: z.array(textSchema()).min(1, 'needs at least one first step'),
    /** Skills that carry over from earlier work or life (for career changers). */
    skills: z.array(z.object({ from: textSchema(), skills: z.array(textSchema()).min(1) }).strict()).default([]),
    /** One simple-English sentence for the journey. Required. */
    simple: textSchema(5),
    ...base,
  })
  .strict();

/** One skill that carries over from a previous job, in plain words. */
export const carriedSkillSchema = z
  .object({
    /** The skill as the person would say it ("Talking with customers all day"). Required. */
    skill: textSchema(5),
    /** How health and care jobs use it ("Care workers chat with residents and notice changes"). Required. */
    used_in: textSchema(10),
  })
  .strict();

/** A previous job or sector people come from. File: content/previous-jobs/<id>.md */
export const previousJobSchema = z
  .object({
    /** The job or sector ("Retail and shop work"). Required. */
    title: textSchema(3),
    /** Everyday words people type for it ("shop work", "cashier", "I worked in a supermarket"). At least one. */
    words: z.array(textSchema(2)).min(1),
    /** One plain-English sentence on who this page is for. Required. */
    summary: textSchema(10),
    /** The same in simple English (ESOL Entry 3): 1 to 3 short sentences. Required. */
    simple: textSchema(5),
    /** Skills that carry over, mapped to how care and health jobs use them. At least three. */
    skills: z.array(carriedSkillSchema).min(3, 'needs at least three skills that carry over'),
    /** Roles this background fits best, each with why. At least two. */
    fits: z
      .array(
        z
          .object({
            /** A role id. Required. */
            role: idSchema,
            /** Why people from this job do well there, in plain words. Required. */
            why: textSchema(10),
          })
          .strict(),
      )
      .min(2, 'needs at least two roles it fits'),
    /** What is new to learn, in plain words. At least one. */
    new_to_learn: z.array(textSchema(5)).min(1),
    ...base,
  })
  .strict();

/** A key word and its simple meaning. File: content/glossary/<id>.md */
export const glossarySchema = z
  .object({
    /** The word or phrase. Required. */
    term: textSchema(),
    /** Other forms of the word to mark in text ("DBS", "DBS checks"). */
    also: z.array(textSchema()).default([]),
    /** Its meaning in simple English: one or two short sentences. Required. */
    simple: textSchema(5),
    /** Translations of the simple meaning, by language code. */
    translations: z.partialRecord(z.enum(languageCodes), translationSchema).default({}),
    ...base,
  })
  .strict();

/** One of the boroughs. File: content/boroughs.yaml (a list). */
export const boroughSchema = z
  .object({
    /** Kebab-case id ("tower-hamlets"). Required. */
    id: idSchema,
    /** The borough's name. Required. */
    name: textSchema(2),
    /** The council's careers or employment support page. */
    url: webUrlSchema.optional(),
  })
  .strict();

/** Everyday words and what they mean on this site. File: content/synonyms.yaml (a list). */
export const synonymSchema = z
  .object({
    /** The words people type ("carer", "old people"). At least one. */
    words: z.array(textSchema()).min(1),
    /** Entry ids these words should find. */
    ids: z.array(idSchema).default([]),
    /** Extra search words to add for these words. */
    expand: z.array(textSchema()).default([]),
  })
  .strict();

/** A range of annual pay in pounds. */
const annualRangeSchema = z
  .object({
    /** The lowest annual figure, in pounds. Required. */
    from: z.number().int().min(1000).max(500000),
    /** The highest annual figure, in pounds (the same as `from` for a one-point band). Required. */
    to: z.number().int().min(1000).max(500000),
  })
  .strict()
  .refine((r) => r.from <= r.to, { message: '`from` is above `to`', path: ['to'] });

/** A pay year as the NHS writes it: "2026/27". */
export const payYearSchema = z.string().regex(/^(20\d{2})\/(\d{2})$/, 'must be a pay year like 2026/27');

/** One Agenda for Change pay year (England). */
export const afcYearSchema = z
  .object({
    /** The pay year, like "2026/27". Required. */
    year: payYearSchema,
    /** The date these figures took effect (YYYY-MM-DD). Required. */
    effective: dateSchema,
    /** Annual basic pay for full-time work, by band ("2" to "9", "8a" to "8d"). Required. */
    bands: z.record(bandSchema, annualRangeSchema),
    /** The London high cost area supplement, by area: a share of basic pay within a minimum and maximum. */
    high_cost_area: z
      .partialRecord(
        z.enum(['inner-london', 'outer-london', 'fringe']),
        z
          .object({
            /** Percent of basic pay. Required. */
            percent: z.number().min(0).max(50),
            /** The least a year, in pounds. Required. */
            min: z.number().int().min(0),
            /** The most a year, in pounds. Required. */
            max: z.number().int().min(0),
          })
          .strict(),
      )
      .default({}),
    /** Where the figures come from: the page with them. Required. */
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  })
  .strict();

/** One rate of a wage (like the National Living Wage from April 2026). */
export const wageRateSchema = z
  .object({
    /** Pounds an hour. Required. */
    hourly: z.number().min(1).max(100),
    /** The date the rate took effect (YYYY-MM-DD). Required. */
    effective: dateSchema,
    /** Where the figure comes from: the page with it. Required. */
    source: sourceSchema,
  })
  .strict();

/** An hourly wage that changes over time: the National Living Wage, the London Living Wage. */
export const wageSchema = z
  .object({
    /** Kebab-case id roles use in `pay.floor` ("national-living-wage"). Required. */
    id: idSchema,
    /** Its name ("National Living Wage"). Required. */
    title: textSchema(3),
    /** Who it applies to, in plain words ("workers aged 21 and over"). Required. */
    applies_to: textSchema(3),
    /** True for a legal minimum: no hourly figure on the site may be under it. */
    legal_minimum: z.boolean().default(false),
    /** Its rates over time; the newest that has taken effect is shown. At least one. */
    rates: z.array(wageRateSchema).min(1),
  })
  .strict();

/** Another published pay figure for a job (a survey median), with its year and source. */
export const payRateSchema = z
  .object({
    /** Kebab-case id roles use in `pay.rates`. Required. */
    id: idSchema,
    /** What the figure is, in plain words ("Median pay of care workers in London"). Required. */
    title: textSchema(5),
    /** Pounds an hour, when the figure is hourly. */
    hourly: z.number().min(1).max(200).optional(),
    /** Pounds a year, when the figure is annual. */
    annual: annualRangeSchema.optional(),
    /** The pay year the figure is for ("2025/26"). Required. */
    year: payYearSchema,
    /** Where the figure comes from: the page with it. Required. */
    source: sourceSchema,
  })
  .strict()
  .refine((r) => r.hourly !== undefined || r.annual !== undefined, { message: 'needs an `hourly` or an `annual` figure', path: ['hourly'] });

/** content/pay-scales.yaml: every pay figure the site shows, in one place. */
export const payScalesSchema = z
  .object({
    /** Agenda for Change pay years, newest first or in any order. At least one. */
    agenda_for_change: z.array(afcYearSchema).min(1),
    /** Hourly wages over time (National Living Wage, London Living Wage). */
    wages: z.array(wageSchema).default([]),
    /** Other published pay figures roles point at. */
    rates: z.array(payRateSchema).default([]),
  })
  .strict();

export type PayScales = z.infer<typeof payScalesSchema>;

/**
 * Which roles a self-check trait applies to, worked out from the roles' own fields: every
 * condition given must hold. At least one condition.
 */
export const traitMatchSchema = z
  .object({
    /** Roles with this tag (nights, weekends, driving, lived-experience, ...). */
    tag: roleTagSchema.optional(),
    /** Roles you can (true) or cannot (false) apply for with no qualifications. */
    open_entry: z.boolean().optional(),
    /** Roles at this RQF level or above (6: degree level). */
    level_min: levelSchema.optional(),
    /** Roles at this RQF level or below. */
    level_max: levelSchema.optional(),
  })
  .strict()
  .refine((m) => Object.values(m).some((v) => v !== undefined), {
    message: 'the match gives no condition',
    params: { fix: 'give a `tag`, `open_entry`, `level_min` or `level_max`, or list the role ids in `roles` instead of `match`' },
  });

/** Something a job involves that answers can lean towards or away from ("personal-care", "nights"). */
export const selfCheckTraitSchema = z
  .object({
    /** Kebab-case id that answers use in `towards` and `away`. Required. */
    id: idSchema,
    /** What a job with this trait involves, as one plain sentence ("You help people wash, dress, eat or use the toilet."): shown as a reason or as something to think about. Required. */
    about: textSchema(10),
    /** The role ids it applies to, when it cannot be worked out from their fields. Either `roles` or `match` is required. */
    roles: z.array(idSchema).min(1, 'needs at least one role id').optional(),
    /** The roles it applies to, worked out from their tags, level or open entry. Either `roles` or `match` is required. */
    match: traitMatchSchema.optional(),
  })
  .strict()
  .refine((t) => (t.roles === undefined) !== (t.match === undefined), {
    message: 'needs one of `roles` or `match` (not both)',
    path: ['roles'],
    params: { fix: 'list the role ids in `roles`, or describe them in `match` (tag, open_entry, level_min, level_max)' },
  });

/** One honest answer to a situation: never right or wrong, it only leans towards or away from traits. */
export const selfCheckAnswerSchema = z
  .object({
    /** The answer as the person would say it, in simple English: one sentence of at most 15 common words. Required. */
    text: textSchema(3),
    /** Trait ids this answer leans towards: jobs with them are suggested, with this answer as a reason. */
    towards: z.array(idSchema).default([]),
    /** Trait ids this answer leans away from: jobs with them show this answer as something to think about. */
    away: z.array(idSchema).default([]),
  })
  .strict();

/** A situation from real care or NHS work (a realistic job preview), with 3 or 4 answers. */
export const selfCheckSituationSchema = z
  .object({
    /** Kebab-case id, unique in the file. Required. */
    id: idSchema,
    /** A short name for the situation ("Helping someone wash"): headings and reasons. Required. */
    title: textSchema(3),
    /** The situation in plain English, one to three sentences. Required. */
    text: textSchema(10),
    /** The same in simple English (ESOL Entry 3): at most 3 sentences of at most 15 common words. Required. */
    simple: textSchema(5),
    /** Ids of `values` (in this file) that employers look for in this situation. At least one. */
    values: z.array(idSchema).min(1, 'needs at least one value'),
    /** The answers, in the order shown: 3 or 4, none right or wrong. */
    answers: z.array(selfCheckAnswerSchema).min(3, 'needs at least 3 answers').max(4, 'has more than 4 answers'),
    /** Where the facts in this situation come from, besides the file's own sources. */
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

/** A value care employers recruit for, from a published framework. */
export const selfCheckValueSchema = z
  .object({
    /** Kebab-case id that situations use in `values`. Required. */
    id: idSchema,
    /** The value's name as the framework writes it ("Respect and dignity"). Required. */
    name: textSchema(3),
    /** The framework, in plain words ("NHS Constitution"). Required. */
    from: textSchema(3),
    /** What it asks of you, in plain words. Required. */
    meaning: textSchema(10),
    /** The page that sets out the value. Required. */
    source: sourceSchema,
  })
  .strict();

/** content/self-check.yaml: the "Is this work for me?" self-check. */
export const selfCheckSchema = z
  .object({
    /** The values the situations are built on (values-based recruitment). At least one. */
    values: z.array(selfCheckValueSchema).min(1),
    /** What jobs involve, that answers lean towards or away from. At least one. */
    traits: z.array(selfCheckTraitSchema).min(1),
    /** The situations, in the order asked: 8 to 12. Their order is part of every shared result address, so add new ones at the end. */
    situations: z.array(selfCheckSituationSchema).min(8, 'needs at least 8 situations').max(12, 'has more than 12 situations: keep the check short'),
    ...base,
  })
  .strict();

export type SelfCheck = z.infer<typeof selfCheckSchema>;
export type SelfCheckTrait = z.infer<typeof selfCheckTraitSchema>;

export type Role = z.infer<typeof roleSchema>;
export type Qualification = z.infer<typeof qualificationSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Pathway = z.infer<typeof pathwaySchema>;
export type Journey = z.infer<typeof journeySchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type PreviousJob = z.infer<typeof previousJobSchema>;
export type Borough = z.infer<typeof boroughSchema>;
export type Synonym = z.infer<typeof synonymSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** The Markdown collections, each a folder of content/. */
export const collectionSchemas = {
  roles: roleSchema,
  qualifications: qualificationSchema,
  programmes: programmeSchema,
  pathways: pathwaySchema,
  journeys: journeySchema,
  glossary: glossarySchema,
  previousJobs: previousJobSchema,
} as const;

/** The folder of each collection under content/ (the same as its name, but for previous-jobs). */
export const collectionFolders: Record<CollectionName, string> = {
  roles: 'roles',
  qualifications: 'qualifications',
  programmes: 'programmes',
  pathways: 'pathways',
  journeys: 'journeys',
  glossary: 'glossary',
  previousJobs: 'previous-jobs',
};

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
