/**
 * Open data (src/lib/open-data): CSV escaping, schema.org JSON-LD for role, qualification and
 * programme pages, the programmes as Open Referral UK data, and the download tables. The
 * JSON-LD and Open Referral output are checked against faithful subsets of the published
 * schemas, written here as zod schemas that allow only the properties the real schemas define
 * for each type (sources cited on each).
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/read.ts';
import { programmeSchema, qualificationSchema, roleSchema } from '../../src/lib/content/schema.ts';
import { afcInForce } from '../../src/lib/graph/pay.ts';
import { loadContent } from '../../src/lib/loader/index.ts';
import { BOM, csvField, parseCsv, toCsv } from '../../src/lib/open-data/csv.ts';
import { dataFiles, datasets, graphDocument, LICENCE } from '../../src/lib/open-data/downloads.ts';
import { isoDuration, type JsonLd, programmeJsonLd, qualificationJsonLd, roleJsonLd, serializeJsonLd } from '../../src/lib/open-data/json-ld.ts';
import { openReferral, orukStatus } from '../../src/lib/open-data/open-referral.ts';
import {
  cellOf,
  fieldTexts,
  nodesTable,
  entriesById,
  type OpenDataInput,
  programmesTable,
  qualificationsTable,
  rolesTable,
  schemaFields,
} from '../../src/lib/open-data/tables.ts';
import { uuidV5 } from '../../src/lib/open-data/uuid.ts';

const TODAY = new Date().toISOString().slice(0, 10);
const { content, graph } = loadContent(readContentFiles('.'), { today: TODAY });
/** As a build with no public address: pages are paths. */
const relative: OpenDataInput = { content, graph, entries: entriesById(content), today: TODAY, address: (p) => p };
/** As a build with SITE_URL set. */
const absolute: OpenDataInput = { ...relative, address: (p) => new URL(p, 'https://careers.example.org').href };

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('  spaced  ')).toBe('  spaced  ');
    expect(csvField(0)).toBe('0');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('writes a BOM, CRLF line ends, and reads back exactly what it wrote', () => {
    const rows = [
      ['a, b', 'say "hi"', 'two\r\nlines', ''],
      ['£25,272 a year', '"', ',', 'last\n'],
      ['', '', '', ''],
    ];
    const text = toCsv(['one', 'two', 'three', 'four'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`${BOM}one,two,three,four`);
    expect(parseCsv(text)).toEqual([['one', 'two', 'three', 'four'], ...rows]);
  });

  it('refuses a broken file instead of guessing', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/never closed/);
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/after a closing quote/);
  });

  it('writes lists, choices and sources as one readable cell', () => {
    expect(cellOf(['a', 'b'])).toBe('a | b');
    expect(
      cellOf([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a or b | c or d');
    expect(
      cellOf([
        { title: 'Pay guide', url: 'https://example.org/pay' },
        { title: 'Seed', seed: 'clf-outcomes-2021' },
      ]),
    ).toBe('Pay guide (https://example.org/pay) | Seed (clf-outcomes-2021)');
    expect(cellOf(undefined)).toBeUndefined();
  });
});

describe('name-based UUIDs', () => {
  it('match the RFC example (version 5, DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('ISO 8601 durations from typical months', () => {
  it.each([
    [0, undefined],
    [0.5, 'P2W'],
    [1, 'P1M'],
    [6, 'P6M'],
    [12, 'P1Y'],
    [18, 'P1Y6M'],
    [36, 'P3Y'],
  ])('%s months is %s', (months, iso) => {
    expect(isoDuration(months)).toBe(iso);
  });
});

describe('serializeJsonLd', () => {
  it('keeps `</script>` and `<!--` in content from closing the element, and stays the same JSON', () => {
    const data = { '@type': 'Thing', name: 'Bad </script><script>alert(1)</script> <!-- & more', line: 'a\u2028b' };
    const out = serializeJsonLd(data);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(data);
  });
});

// ---- schema.org: a faithful subset. Each type allows only properties schema.org defines for it
// (its own and inherited from Thing): https://schema.org/Occupation,
// https://schema.org/EducationalOccupationalProgram, https://schema.org/Service,
// https://schema.org/EducationalOccupationalCredential, https://schema.org/MonetaryAmountDistribution,
// https://schema.org/AdministrativeArea, https://schema.org/PeopleAudience, https://schema.org/Offer,
// https://schema.org/ServiceChannel, https://schema.org/ContactPoint.
const text = z.string().min(1);
/** An absolute web address, or a path on this site (relative URLs resolve against the page). */
const pageUrl = z.string().regex(/^(https:\/\/careers\.example\.org\/|\/)[^\s]*$/);
const webUrl = z.url({ protocol: /^https?$/ });
const isoDurationPattern = z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/);
const type = <T extends string>(name: T) => z.literal(name);
const city = z.object({ '@type': type('City'), name: text }).strict();
const area = z.object({ '@type': type('AdministrativeArea'), name: text, containedInPlace: city }).strict();
const organization = z.object({ '@type': type('Organization'), name: text, alternateName: text.optional() }).strict();
const credential = z
  .object({
    '@type': type('EducationalOccupationalCredential'),
    name: text,
    url: pageUrl.optional(),
    credentialCategory: text.optional(),
    educationalLevel: text.optional(),
    recognizedBy: organization.optional(),
  })
  .strict();
// currency, duration, median and percentiles are the type's own; minValue and maxValue are
// QuantitativeValue's, which schema.org issue #2407 proposes as its supertype (see json-ld.ts).
const salary = z
  .object({
    '@type': type('MonetaryAmountDistribution'),
    name: text.optional(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    duration: isoDurationPattern,
    minValue: z.number().positive(),
    maxValue: z.number().positive(),
    median: z.number().positive().optional(),
  })
  .strict()
  .refine((s) => s.minValue <= s.maxValue, 'minValue above maxValue');
const base = { '@context': z.literal('https://schema.org'), name: text, description: text, url: pageUrl };
const occupation = z
  .object({
    ...base,
    '@type': type('Occupation'),
    alternateName: z.array(text).optional(),
    occupationalCategory: text,
    estimatedSalary: z.array(salary).optional(),
    educationRequirements: z.array(z.union([text, credential])).min(1),
    qualifications: z.array(z.union([text, credential])).optional(),
    occupationLocation: z.array(area).min(1),
  })
  .strict();
const program = z
  .object({
    ...base,
    '@type': type('EducationalOccupationalProgram'),
    programType: text,
    financialAidEligible: text,
    timeToComplete: isoDurationPattern.optional(),
    programPrerequisites: z.array(z.union([text, credential])).optional(),
    educationalCredentialAwarded: credential.optional(),
    occupationalCredentialAwarded: credential.optional(),
  })
  .strict();
const contactPoint = z.object({ '@type': type('ContactPoint'), contactType: text, telephone: text.optional(), email: z.email().optional() }).strict();
const service = z
  .object({
    ...base,
    '@type': type('Service'),
    sameAs: webUrl.optional(),
    provider: organization,
    areaServed: z.array(area).min(1),
    audience: z
      .object({
        '@type': type('PeopleAudience'),
        audienceType: text,
        suggestedMinAge: z.number().int().optional(),
        suggestedMaxAge: z.number().int().optional(),
      })
      .strict(),
    offers: z
      .object({
        '@type': type('Offer'),
        description: text,
        price: z.number().min(0).optional(),
        priceCurrency: z.literal('GBP').optional(),
        availability: z.literal('https://schema.org/Discontinued').optional(),
      })
      .strict()
      .refine((o) => (o.price === undefined) === (o.priceCurrency === undefined), 'price and priceCurrency go together'),
    availableChannel: z
      .object({ '@type': type('ServiceChannel'), serviceUrl: webUrl.optional(), servicePhone: contactPoint.optional() })
      .strict()
      .optional(),
  })
  .strict();

const check = (schema: z.ZodType, data: JsonLd | undefined, label: string) => {
  const result = schema.safeParse(data);
  expect(result.success, `${label}: ${result.error ? z.prettifyError(result.error) : ''}`).toBe(true);
};

describe('schema.org JSON-LD', () => {
  it('every role page is a valid Occupation', () => {
    for (const r of content.roles) {
      check(occupation, roleJsonLd(r.id, relative), r.id);
      check(occupation, roleJsonLd(r.id, absolute), r.id);
    }
  });

  it('every qualification page is a valid EducationalOccupationalProgram', () => {
    for (const q of content.qualifications) check(program, qualificationJsonLd(q.id, relative), q.id);
  });

  it('every programme page is a valid Service', () => {
    for (const p of content.programmes) check(service, programmeJsonLd(p.id, relative), p.id);
  });

  it('gives an NHS role its band figures from pay-scales.yaml, for the pay year the graph shows', () => {
    const role = content.roles.find((r) => r.data.pay.bands.length === 1 && r.data.pay.bands[0] === '5')!;
    const year = afcInForce(content.payScales!, TODAY)!;
    const ld = roleJsonLd(role.id, relative)!;
    const [s] = ld.estimatedSalary as Record<string, unknown>[];
    expect(s).toMatchObject({ currency: 'GBP', duration: 'P1Y', minValue: year.bands['5']!.from, maxValue: year.bands['5']!.to });
    expect(String(s!.name)).toContain(year.year);
    expect(graph.byId.get(role.id)!.pay!.text).toContain(year.year);
  });

  it('gives no salary figure to a role not on Agenda for Change bands', () => {
    const role = content.roles.find((r) => r.data.pay.bands.length === 0)!;
    expect(roleJsonLd(role.id, relative)!.estimatedSalary).toBeUndefined();
  });

  it('names the pathway, the entry qualifications and London’s boroughs', () => {
    const role = content.roles.find((r) => r.data.entry.length > 0)!;
    const ld = roleJsonLd(role.id, relative)!;
    expect(ld.occupationalCategory).toBe(content.pathways.find((p) => p.id === role.data.family)!.data.title);
    const names = (ld.educationRequirements as { name?: string }[]).map((c) => c.name).filter(Boolean);
    expect(names.sort()).toEqual(role.data.entry.map((q) => graph.byId.get(q)!.title).sort());
    expect((ld.occupationLocation as unknown[]).length).toBe(content.boroughs.length);
    expect(ld.url).toBe(`/roles/${role.id}/`);
    expect(roleJsonLd(role.id, absolute)!.url).toBe(`https://careers.example.org/roles/${role.id}/`);
  });

  it('writes requires_any as choices and registrations as occupational credentials with their regulator', () => {
    const degree = content.qualifications.find((q) => q.data.requires_any.length > 1)!;
    const pre = qualificationJsonLd(degree.id, relative)!.programPrerequisites as unknown[];
    expect(pre.filter((x) => typeof x === 'string' && x.startsWith('One of: ')).length).toBe(degree.data.requires_any.filter((c) => c.length > 1).length);
    const registration = content.qualifications.find((q) => q.id === 'nmc-registration')!;
    const ld = qualificationJsonLd(registration.id, relative)!;
    expect(ld.educationalCredentialAwarded).toBeUndefined();
    expect(ld.occupationalCredentialAwarded).toMatchObject({ recognizedBy: { name: 'Nursing and Midwifery Council' } });
  });

  it('prices a free programme at 0 and marks an ended one discontinued', () => {
    const free = content.programmes.find((p) => graph.byId.get(p.id)!.programme!.free)!;
    expect(programmeJsonLd(free.id, relative)!.offers).toMatchObject({ price: 0, priceCurrency: 'GBP' });
    const ended = content.programmes.find((p) => p.data.status === 'ended')!;
    expect(programmeJsonLd(ended.id, relative)!.offers).toMatchObject({ availability: 'https://schema.org/Discontinued' });
    const notFree = content.programmes.find((p) => !graph.byId.get(p.id)!.programme!.free)!;
    expect(programmeJsonLd(notFree.id, relative)!.offers).not.toHaveProperty('price');
  });
});

// ---- Open Referral UK 3.0: a faithful subset of the profile's published JSON schemas
// (https://openreferraluk.org; github.com/tpximpact/mhclg-oruk public/specifications/3.0/schemata:
// service.json, organization.json, service_area.json, cost_option.json, contact.json, phone.json,
// service_at_location.json, location.json; the page shape from examples/service_list.json).
// Required fields and enums as published; `.strict()` so the output uses no field the standard
// does not define. The one addition: phones inside a contact, as HSDS 3.0 has them
// (github.com/openreferral/specification, schema/contact.json), since the UK profile lists
// phone.json but no place for it on a service.
const uuid = z.uuid();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const orukOrganization = z.object({ id: uuid, name: text, description: text }).strict();
const orukPhone = z.object({ id: uuid, contact_id: uuid, number: text }).strict();
const orukContact = z.object({ id: uuid, service_id: uuid, name: text.optional(), phones: z.array(orukPhone) }).strict();
const orukServiceArea = z.object({ id: uuid, service_id: uuid, name: text.optional(), service_area: text.optional() }).strict();
const orukCostOption = z
  .object({ id: uuid, service_id: uuid, option: text.optional(), amount: z.number().min(0).optional(), amount_description: text.optional() })
  .strict();
const orukLocation = z
  .object({ id: uuid, location_type: z.enum(['physical', 'postal', 'virtual']), name: text.optional(), description: text.optional() })
  .strict();
const orukServiceAtLocation = z.object({ id: uuid, service_id: uuid, location_id: uuid, location: orukLocation }).strict();
const orukService = z
  .object({
    id: uuid,
    organization_id: uuid,
    name: text,
    description: text.optional(),
    url: webUrl.optional(),
    email: z.email().optional(),
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
    fees: text.optional(),
    minimum_age: z.number().optional(),
    maximum_age: z.number().optional(),
    assured_date: date.optional(),
    alert: text.optional(),
    organization: orukOrganization,
    service_areas: z.array(orukServiceArea),
    service_at_locations: z.array(orukServiceAtLocation),
    cost_options: z.array(orukCostOption),
    contacts: z.array(orukContact),
  })
  .strict();
const orukPage = z
  .object({
    total_items: z.number().int().min(0),
    total_pages: z.number().int().min(0),
    page_number: z.number().int().min(1),
    size: z.number().int().min(0),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(orukService),
  })
  .strict();

describe('Open Referral UK', () => {
  const data = openReferral(relative);

  it('is a valid page of services under the published schemas', () => {
    const result = orukPage.safeParse(data);
    expect(result.success, result.error ? z.prettifyError(result.error) : '').toBe(true);
    expect(data.total_items).toBe(content.programmes.length);
    expect(data.contents.length).toBe(content.programmes.length);
  });

  it('marks ended programmes inactive and paused ones temporarily closed', () => {
    expect(orukStatus('ended')).toBe('inactive');
    expect(orukStatus('paused')).toBe('temporarily closed');
    expect(orukStatus('running')).toBe('active');
    for (const p of content.programmes) {
      const s = data.contents.find((x) => x.name === p.data.title && x.organization.name === p.data.provider)!;
      expect(s.status).toBe(p.data.status === 'ended' ? 'inactive' : p.data.status === 'paused' ? 'temporarily closed' : 'active');
      if (p.data.status !== 'running') expect(s.alert).toBeTruthy();
      expect(s.service_areas.map((a) => a.name)).toEqual(p.data.boroughs.map((b) => content.boroughs.find((x) => x.id === b)!.name));
      expect(s.minimum_age).toBe(p.data.who_can_join.age_min);
      expect(s.maximum_age).toBe(p.data.who_can_join.age_max);
      expect(s.fees).toBe(p.data.cost);
      expect(s.cost_options[0]!.amount).toBe(graph.byId.get(p.id)!.programme!.free ? 0 : undefined);
      if (p.data.phone) expect(s.contacts[0]!.phones[0]!.number).toBe(p.data.phone);
    }
  });

  it('gives every object its own identifier, the same on every build', () => {
    const ids: string[] = [];
    for (const s of data.contents) {
      ids.push(
        s.id,
        ...s.service_areas.map((a) => a.id),
        ...s.cost_options.map((c) => c.id),
        ...s.contacts.map((c) => c.id),
        ...s.service_at_locations.map((l) => l.id),
      );
      expect(s.organization.id).toBe(s.organization_id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(openReferral(relative)).toEqual(data);
  });

  it('uses only full web addresses: this site’s page only when the site has a public address', () => {
    const noUrl = content.programmes.find((p) => !p.data.url)!;
    expect(data.contents.find((s) => s.name === noUrl.data.title)!.url).toBeUndefined();
    expect(openReferral(absolute).contents.find((s) => s.name === noUrl.data.title)!.url).toBe(`https://careers.example.org/programmes/${noUrl.id}/`);
  });
});

describe('download tables', () => {
  it('describe every field of the content schemas, and only those', () => {
    expect(Object.keys(fieldTexts.roles)).toEqual(schemaFields(roleSchema));
    expect(Object.keys(fieldTexts.qualifications)).toEqual(schemaFields(qualificationSchema));
    expect(Object.keys(fieldTexts.programmes)).toEqual(schemaFields(programmeSchema));
    expect(schemaFields(roleSchema)).toContain('pay.bands');
    expect(schemaFields(programmeSchema)).toContain('who_can_join.age_min');
  });

  it('have the schema’s fields as columns, each described, one row per entry', () => {
    for (const [table, schema, count] of [
      [rolesTable(relative), roleSchema, content.roles.length],
      [qualificationsTable(relative), qualificationSchema, content.qualifications.length],
      [programmesTable(relative), programmeSchema, content.programmes.length],
    ] as const) {
      const names = table.fields.map((f) => f.name);
      expect(names[0]).toBe('id');
      expect(names.slice(1, 1 + schemaFields(schema).length)).toEqual(schemaFields(schema));
      expect(new Set(names).size).toBe(names.length);
      for (const f of table.fields) expect(f.description.length, f.name).toBeGreaterThan(5);
      expect(table.rows.length).toBe(count);
      expect(table.records.length).toBe(count);
      for (const row of table.rows) expect(row.length).toBe(names.length);
    }
  });

  it('carry the graph’s pay text, and the nodes table every node', () => {
    const roles = rolesTable(relative);
    const col = roles.fields.findIndex((f) => f.name === 'pay_text');
    content.roles.forEach((r, i) => {
      expect(roles.rows[i]![col]).toBe(graph.byId.get(r.id)!.pay!.text);
    });
    expect(nodesTable(graph).rows.length).toBe(graph.nodes.length);
  });

  it('every file builds and parses, CSV rows as wide as their header', () => {
    expect(new Set(dataFiles.map((f) => f.file)).size).toBe(dataFiles.length);
    for (const f of dataFiles) {
      const body = f.build(absolute);
      if (f.format === 'CSV') {
        const rows = parseCsv(body);
        expect(rows.length, f.file).toBeGreaterThan(1);
        for (const row of rows) expect(row.length, f.file).toBe(rows[0]!.length);
      } else {
        expect(() => JSON.parse(body), f.file).not.toThrow();
      }
    }
    const rolesJson = JSON.parse(dataFiles.find((f) => f.file === 'roles.json')!.build(absolute));
    expect(rolesJson.licence).toBe(LICENCE);
    expect(rolesJson.roles.length).toBe(content.roles.length);
    expect(datasets.map((d) => d.id)).toEqual(['roles', 'qualifications', 'programmes', 'graph', 'open-referral']);
  });

  it('graph.json under /data/ is the same document as /graph.json', () => {
    const doc = graphDocument(content, graph, TODAY);
    expect(JSON.parse(dataFiles.find((f) => f.file === 'graph.json')!.build(relative))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
