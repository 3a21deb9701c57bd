/**
 * schema.org descriptions (JSON-LD) of the role, qualification and programme pages, so search
 * engines and other services can reuse the content: an `Occupation` for a job, an
 * `EducationalOccupationalProgram` for a qualification, a `Service` for a local programme.
 * Types and properties are schema.org's (https://schema.org/Occupation,
 * /EducationalOccupationalProgram, /Service). Every fact comes from the content or from what the
 * graph derived (level words, pay year, programme cost and status); pay figures come from
 * content/pay-scales.yaml through graph/pay.ts. Pure: content and graph in, plain objects out.
 */
import type { Qualification, Role } from '../content/schema.ts';
import { type GraphNode, LEVELLESS_KINDS } from '../graph/graph.ts';
import { afcInForce, bandsRange } from '../graph/pay.ts';
import { needsOf } from '../graph/relations.ts';
import type { OpenDataInput } from './tables.ts';

/** A JSON-LD object: plain JSON, `@type` first. */
export type JsonLd = { '@type': string } & { [key: string]: unknown };

const CONTEXT = 'https://schema.org';

/** The professional regulators roles name, in full. */
const regulatorNames: Record<NonNullable<Role['regulator']>, string> = {
  NMC: 'Nursing and Midwifery Council',
  HCPC: 'Health and Care Professions Council',
  'Social Work England': 'Social Work England',
  GPhC: 'General Pharmaceutical Council',
  GDC: 'General Dental Council',
  CQC: 'Care Quality Commission',
};

const dbsWords: Record<Role['dbs'], string | undefined> = {
  none: undefined,
  basic: 'A basic DBS (criminal record) check',
  standard: 'A standard DBS (criminal record) check',
  enhanced: 'An enhanced DBS (criminal record) check',
  'enhanced-barred': 'An enhanced DBS (criminal record) check with a check of the adults’ barred list',
};

/** A qualification kind as a credential category in words. */
const categoryWords: Record<Qualification['kind'], string> = {
  award: 'Award',
  certificate: 'Certificate',
  diploma: 'Diploma',
  apprenticeship: 'Apprenticeship',
  't-level': 'T Level',
  access: 'Access to Higher Education Diploma',
  degree: 'Degree',
  masters: 'Master’s degree',
  'functional-skills': 'Functional Skills qualification',
  esol: 'ESOL qualification',
  'short-course': 'Short course',
  standards: 'Standards learned at work',
  registration: 'Professional registration',
  test: 'Test or exam',
  check: 'Check',
};

/**
 * A length in months as an ISO 8601 duration: under about a month in weeks ("P2W"), else
 * whole months and years ("P18M" is written "P1Y6M"). Undefined for 0 (no set length). The
 * same rounding as `formatMonths`, so the page and the data agree.
 */
export function isoDuration(months: number): string | undefined {
  if (!(months > 0)) return undefined;
  if (months < 0.875) return `P${Math.max(1, Math.round(months * 4))}W`;
  const whole = Math.round(months);
  const years = Math.floor(whole / 12);
  const rest = whole % 12;
  return `P${years ? `${years}Y` : ''}${rest ? `${rest}M` : ''}`;
}

/** The boroughs (all 12 unless `ids` are given), each a schema.org AdministrativeArea in the city of London. */
function boroughAreas(input: OpenDataInput, ids?: readonly string[]): JsonLd[] {
  const boroughs = ids ? input.content.boroughs.filter((b) => ids.includes(b.id)) : input.content.boroughs;
  return boroughs.map((b) => ({ '@type': 'AdministrativeArea', name: b.name, containedInPlace: { '@type': 'City', name: 'London' } }));
}

function credential(node: GraphNode, input: OpenDataInput): JsonLd {
  const kind = node.qualificationKind as Qualification['kind'] | undefined;
  return {
    '@type': 'EducationalOccupationalCredential',
    name: node.title,
    ...(kind ? { credentialCategory: categoryWords[kind] } : {}),
    ...(node.levelLabel ? { educationalLevel: `${node.levelLabel} (Regulated Qualifications Framework)` } : {}),
    url: input.address(node.href),
  };
}

/**
 * The pay of a role on Agenda for Change bands, as a schema.org MonetaryAmountDistribution: GBP
 * a year, full-time basic pay in England, from the pay year in force (the one the graph used).
 * The band's lowest and highest figures are `minValue` and `maxValue`: QuantitativeValue's
 * properties, which schema.org issue #2407 (open) proposes for the distribution types by making
 * QuantitativeValue their supertype, as Google's Occupation documentation reads them. The
 * percentiles are left out: the bands give a range, not how pay is spread. A one-point band
 * also gives its `median`, which is then exact.
 */
export function salaryJsonLd(role: Role, input: OpenDataInput): JsonLd | undefined {
  const scales = input.content.payScales;
  const year = scales ? afcInForce(scales, input.today) : undefined;
  const range = year && role.pay.bands.length ? bandsRange(year, role.pay.bands) : undefined;
  if (!range) return undefined;
  return {
    '@type': 'MonetaryAmountDistribution',
    name: `NHS Agenda for Change ${range.name}, basic pay for full-time work in England, ${range.year}`,
    currency: 'GBP',
    duration: 'P1Y',
    minValue: range.from,
    maxValue: range.to,
    ...(range.from === range.to ? { median: range.from } : {}),
  };
}

/** A job page: schema.org Occupation. */
export function roleJsonLd(id: string, input: OpenDataInput): JsonLd | undefined {
  const entry = input.entries.role(id);
  const node = input.graph.byId.get(id);
  if (!entry || !node) return undefined;
  const r = entry.data;
  const pathway = input.content.pathways.find((p) => p.id === r.family);
  const entryNodes = r.entry.map((q) => input.graph.byId.get(q)).filter((n): n is GraphNode => n !== undefined);
  const education: unknown[] = [
    ...(r.open_entry ? ['No qualifications are needed to apply: employers train you.'] : []),
    ...entryNodes.map((n) => credential(n, input)),
  ];
  const qualifications = [r.regulator && `Registration with the ${regulatorNames[r.regulator]} (${r.regulator})`, dbsWords[r.dbs]].filter((q): q is string =>
    Boolean(q),
  );
  const salary = salaryJsonLd(r, input);
  return {
    '@context': CONTEXT,
    '@type': 'Occupation',
    name: r.title,
    ...(r.also_known_as.length ? { alternateName: r.also_known_as } : {}),
    description: r.summary,
    url: input.address(node.href),
    ...(pathway ? { occupationalCategory: pathway.data.title } : {}),
    ...(salary ? { estimatedSalary: [salary] } : {}),
    ...(education.length ? { educationRequirements: education } : {}),
    ...(qualifications.length ? { qualifications } : {}),
    occupationLocation: boroughAreas(input),
  };
}

/** A qualification page: schema.org EducationalOccupationalProgram. */
export function qualificationJsonLd(id: string, input: OpenDataInput): JsonLd | undefined {
  const entry = input.entries.qualification(id);
  const node = input.graph.byId.get(id);
  if (!entry || !node) return undefined;
  const q = entry.data;
  const needs = needsOf(input.graph, id);
  const need = (n: GraphNode): unknown => (n.kind === 'qualification' ? credential(n, input) : `Working as: ${n.title}`);
  const prerequisites = [
    ...needs.all.map(need),
    ...needs.choices.map((c) => (c.length === 1 ? need(c[0]!) : `One of: ${c.map((n) => (n.kind === 'role' ? `working as ${n.title}` : n.title)).join(', ')}`)),
  ];
  const awarded = credential(node, input);
  const out: JsonLd = {
    '@context': CONTEXT,
    '@type': 'EducationalOccupationalProgram',
    name: q.title,
    description: q.summary,
    url: input.address(node.href),
    programType: categoryWords[q.kind],
    financialAidEligible: q.funding,
  };
  const time = isoDuration(q.typical_months);
  if (time) out.timeToComplete = time;
  if (prerequisites.length) out.programPrerequisites = prerequisites;
  if (q.kind === 'registration') {
    // The regulator: the one the jobs this registration gets you into name.
    const regulators = new Set(
      (input.graph.out.get(id) ?? [])
        .filter((e) => e.kind === 'qualifies')
        .map((e) => input.entries.role(e.to)?.data.regulator)
        .filter((x): x is NonNullable<Role['regulator']> => x !== undefined),
    );
    const [regulator] = regulators;
    out.occupationalCredentialAwarded = {
      ...awarded,
      ...(regulators.size === 1 && regulator ? { recognizedBy: { '@type': 'Organization', name: regulatorNames[regulator], alternateName: regulator } } : {}),
    };
  } else if (!LEVELLESS_KINDS.has(q.kind)) {
    out.educationalCredentialAwarded = awarded;
  }
  return out;
}

/** A local programme page: schema.org Service, with who runs it, where, for whom and what it costs. */
export function programmeJsonLd(id: string, input: OpenDataInput): JsonLd | undefined {
  const entry = input.entries.programme(id);
  const node = input.graph.byId.get(id);
  if (!entry || !node?.programme) return undefined;
  const p = entry.data;
  const w = p.who_can_join;
  const contact =
    p.phone || p.email
      ? { '@type': 'ContactPoint', contactType: 'enquiries', ...(p.phone ? { telephone: p.phone } : {}), ...(p.email ? { email: p.email } : {}) }
      : undefined;
  return {
    '@context': CONTEXT,
    '@type': 'Service',
    name: p.title,
    description: p.summary,
    url: input.address(node.href),
    ...(p.url ? { sameAs: p.url } : {}),
    provider: { '@type': 'Organization', name: p.provider },
    areaServed: boroughAreas(input, p.boroughs),
    audience: {
      '@type': 'PeopleAudience',
      audienceType: w.text,
      ...(w.age_min !== undefined ? { suggestedMinAge: w.age_min } : {}),
      ...(w.age_max !== undefined ? { suggestedMaxAge: w.age_max } : {}),
    },
    offers: {
      '@type': 'Offer',
      description: p.cost,
      ...(node.programme.free ? { price: 0, priceCurrency: 'GBP' } : {}),
      ...(node.programme.status === 'ended' ? { availability: 'https://schema.org/Discontinued' } : {}),
    },
    ...(p.url || contact
      ? { availableChannel: { '@type': 'ServiceChannel', ...(p.url ? { serviceUrl: p.url } : {}), ...(contact ? { servicePhone: contact } : {}) } }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<`, `>` and `&` are written as
 * \u003c, \u003e and \u0026 (still the same JSON), so no text in the content can close the
 * element (`</script>`) or open a comment (`<!--`); U+2028 and U+2029 are escaped too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The JSON-LD of a page by kind and id (undefined when there is no such entry). */
export function jsonLdFor(kind: 'role' | 'qualification' | 'programme', id: string, input: OpenDataInput): JsonLd | undefined {
  return kind === 'role' ? roleJsonLd(id, input) : kind === 'qualification' ? qualificationJsonLd(id, input) : programmeJsonLd(id, input);
}
