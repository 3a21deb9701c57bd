/**
 * The content contract: one zod schema per collection. Every field has a one-line doc
 * comment; editors read docs/content-guide.md, which mirrors these comments.
 * Pure module: no Astro runtime, no DOM. `astro/zod` is a re-export of zod.
 */
import { z } from 'astro/zod';

/** Kebab-case id, the same as a file name without `.md`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, like "care-worker"');

/** A calendar date written YYYY-MM-DD. */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, like 2026-11-01');

/** The seed documents the project comes from, by short key (see shared/seeds/README.md). */
export const seedKeys = ['clf-outcomes-2021', 'clf-prospectus-2020', 'clf-blog-2021', 'lsc-plan-2003', 'career-academy-toolkit'] as const;

/** One source for the facts in an entry. */
export const sourceSchema = z
  .object({
    /** The title of the page or document. Required. */
    title: z.string().min(3),
    /** A public web address for the source. Either `url` or `seed` is required. */
    url: z.url().optional(),
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

/** Pay, always with the year the figure is for. */
export const paySchema = z
  .object({
    /** What people are paid, in plain words: "NHS Band 3: £24,937 to £26,598 a year". Required. */
    text: z.string().min(3),
    /** The year the figure is for: "2025" or "2025/26". Required. */
    year: z.string().regex(/^\d{4}(\/\d{2})?$/, 'must be a year like 2025 or 2025/26'),
    /** How the figure is given: hourly, annual, an Agenda for Change band, or varies. Required. */
    basis: z.enum(['hourly', 'annual', 'afc-band', 'varies']),
    /** Agenda for Change bands that apply, like ["3"] or ["4", "5"]. */
    bands: z.array(z.string().regex(/^(?:[1-9]|8[a-d])$/)).default([]),
    /** A note on London pay (high cost area supplement, London Living Wage). */
    london: z.string().optional(),
  })
  .strict();

/** A job. File: content/roles/<id>.md */
export const roleSchema = z
  .object({
    /** The job title people see. Required. */
    title: z.string().min(2),
    /** Other names for the same job ("HCA", "nursing assistant"). */
    also_known_as: z.array(z.string()).default([]),
    /** social-care, nhs or both. Required. */
    sector: sectorSchema,
    /** The pathway (lane on the map) this role belongs to: a pathway id. Required. */
    family: idSchema,
    /** The RQF level the role works at: 0 means no qualification needed to start. Required. */
    level: levelSchema,
    /** One plain-English sentence on what the job is. Required. */
    summary: z.string().min(10),
    /** The same in simple English (ESOL Entry 3): 1 to 3 short sentences. Required. */
    simple: z.string().min(5),
    /** What the job pays, with its year. Required. */
    pay: paySchema,
    /** Hours and shift patterns in plain words: nights, weekends, part time, driving. Required. */
    hours: z.string().min(3),
    /** Good things about the job (a realistic job preview). At least one. */
    good: z.array(z.string()).min(1, 'needs at least one good part'),
    /** Hard things about the job (a realistic job preview). At least one. */
    hard: z.array(z.string()).min(1, 'needs at least one hard part'),
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
    title: z.string().min(2),
    /** What kind of step this is. Required. */
    kind: qualificationKindSchema,
    /** RQF level: 0 for Entry level and for checks; registrations and professional tests take the level of the study that leads to them (for the map). Required. */
    level: levelSchema,
    /** How long it usually takes, in months (0.5 for two weeks). Required. */
    typical_months: z.number().min(0).max(96),
    /** Who pays, and the free routes, in plain words. Required. */
    funding: z.string().min(3),
    /** True when you are paid while you do it (apprenticeships, in-work training). */
    paid: z.boolean().default(false),
    /** Qualification or role ids you need first: ALL of them. */
    requires: z.array(idSchema).default([]),
    /** Qualification or role ids of which you need at least ONE first (a job in care, any of several registrations). */
    requires_any: z.array(idSchema).default([]),
    /** One plain-English sentence on what it is. Required. */
    summary: z.string().min(10),
    /** The same in simple English: 1 to 3 short sentences. */
    simple: z.string().optional(),
    ...base,
  })
  .strict();

/** A local programme. File: content/programmes/<id>.md */
export const programmeSchema = z
  .object({
    /** The programme's name. Required. */
    title: z.string().min(2),
    /** Who runs it. Required. */
    provider: z.string().min(2),
    /** Borough ids where residents can use it (from content/boroughs.yaml). At least one. */
    boroughs: z.array(idSchema).min(1, 'needs at least one borough'),
    /** The groups it is for, in plain words ("women facing barriers to work"). */
    serves: z.array(z.string()).default([]),
    /** Qualification ids people gain on it. */
    offers: z.array(idSchema).default([]),
    /** Role ids it leads to. */
    leads_to: z.array(idSchema).default([]),
    /** How long it lasts, in plain words. */
    length: z.string().optional(),
    /** Whether people are paid while on it: yes, no or unknown. Required. */
    paid: z.enum(['yes', 'no', 'unknown']),
    /** What it costs the person, in plain words ("Free"). */
    cost: z.string().optional(),
    /** The programme's public web page. */
    url: z.url().optional(),
    /** Whether it runs today: running, paused, ended or unknown. Required. */
    status: z.enum(['running', 'paused', 'ended', 'unknown']),
    /** One plain-English sentence on what it is. Required. */
    summary: z.string().min(10),
    ...base,
  })
  .strict();

/** A pathway family: a lane on the map, and a featured route through it. */
export const pathwaySchema = z
  .object({
    /** The pathway's name. Required. */
    title: z.string().min(2),
    /** Its colour on the map, as #rrggbb. Required. */
    colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d70b8'),
    /** Where its lane sits on the map: lower numbers first. Required. */
    order: z.number().int().min(0),
    /** One plain-English sentence on the pathway. Required. */
    summary: z.string().min(10),
    /** The same in simple English. Required. */
    simple: z.string().min(5),
    /** Ordered role or qualification ids: the featured route (lanes, presentation, handouts). */
    steps: z.array(idSchema).min(2, 'needs at least two steps'),
    ...base,
  })
  .strict();

/** A "start here" journey. File: content/journeys/<id>.md */
export const journeySchema = z
  .object({
    /** The journey's name ("No qualifications yet"). Required. */
    title: z.string().min(2),
    /** Who it is for, in plain words. Required. */
    for: z.string().min(3),
    /** Order on the home page: lower first. */
    order: z.number().int().min(0).default(100),
    /** Role or qualification ids where people on this journey can start. Empty means "no qualifications yet". */
    start: z.array(idSchema).default([]),
    /** Role ids people on this journey often aim for: the routes shown for it. At least one. */
    targets: z.array(idSchema).min(1, 'needs at least one target role'),
    /** First things to do, in plain words. At least one. */
    first_steps: z.array(z.string()).min(1, 'needs at least one first step'),
    /** Skills that carry over from earlier work or life (for career changers). */
    skills: z.array(z.object({ from: z.string(), skills: z.array(z.string()).min(1) }).strict()).default([]),
    /** One simple-English sentence for the journey. Required. */
    simple: z.string().min(5),
    ...base,
  })
  .strict();

/** A translation of a glossary meaning. */
export const translationSchema = z
  .object({
    /** The meaning in that language. Required. */
    text: z.string().min(1),
    /** True only after a speaker of the language has checked it. Required. */
    reviewed: z.boolean(),
  })
  .strict();

/** Languages we offer translations in, as ISO 639-1 codes. */
export const languageCodes = ['bn', 'so', 'tr', 'pl', 'ar', 'pt', 'es'] as const;

/** A key word and its simple meaning. File: content/glossary/<id>.md */
export const glossarySchema = z
  .object({
    /** The word or phrase. Required. */
    term: z.string().min(1),
    /** Other forms of the word to mark in text ("DBS", "DBS checks"). */
    also: z.array(z.string()).default([]),
    /** Its meaning in simple English: one or two short sentences. Required. */
    simple: z.string().min(5),
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
    name: z.string().min(2),
    /** The council's careers or employment support page. */
    url: z.url().optional(),
  })
  .strict();

/** Everyday words and what they mean on this site. File: content/synonyms.yaml (a list). */
export const synonymSchema = z
  .object({
    /** The words people type ("carer", "old people"). At least one. */
    words: z.array(z.string().min(1)).min(1),
    /** Entry ids these words should find. */
    ids: z.array(idSchema).default([]),
    /** Extra search words to add for these words. */
    expand: z.array(z.string()).default([]),
  })
  .strict();

export type Role = z.infer<typeof roleSchema>;
export type Qualification = z.infer<typeof qualificationSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type Pathway = z.infer<typeof pathwaySchema>;
export type Journey = z.infer<typeof journeySchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
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
} as const;

export type CollectionName = keyof typeof collectionSchemas;
export const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
