/**
 * The local programmes as Open Referral UK data (version 3.0: the UK profile of the Human
 * Services Data Specification, HSDS 3.0). The file has the shape of one page of the standard's
 * `GET /services` answer, holding every service: `total_items` ... `contents`, each service with
 * its organisation, service areas (one per borough), cost, contacts and service-at-location.
 *
 * Field names and rules follow the profile's published JSON schemas (openreferraluk.org;
 * github.com/tpximpact/mhclg-oruk, public/specifications/3.0/schemata/*.json) and example
 * (examples/service_list.json). Where the UK profile is silent, HSDS 3.0 is followed: phones
 * sit inside a contact (openreferral/specification, schema/contact.json).
 *
 * Pure: content and graph in, plain data out. Identifiers are name-based UUIDs, stable
 * across builds.
 */
import type { Entry } from '../content/index.ts';
import type { Programme } from '../content/schema.ts';
import { formatDate } from '../format.ts';
import type { OpenDataInput } from './tables.ts';
import { uuidV5 } from './uuid.ts';

/** Open Referral UK service status values (service.json `status` enum). */
export type OrukStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
}

export interface OrukPhone {
  id: string;
  contact_id: string;
  number: string;
}

export interface OrukContact {
  id: string;
  service_id: string;
  name: string;
  phones: OrukPhone[];
}

export interface OrukServiceArea {
  id: string;
  service_id: string;
  name: string;
  service_area: string;
}

export interface OrukCostOption {
  id: string;
  service_id: string;
  option: string;
  amount?: number;
  amount_description: string;
}

export interface OrukLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name: string;
  description: string;
}

export interface OrukServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  location: OrukLocation;
}

export interface OrukService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: OrukStatus;
  fees: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  alert?: string;
  organization: OrukOrganization;
  service_areas: OrukServiceArea[];
  service_at_locations: OrukServiceAtLocation[];
  cost_options: OrukCostOption[];
  contacts: OrukContact[];
}

/** One page of services, as the standard's `GET /services` returns it (examples/service_list.json). */
export interface OrukServiceList {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: OrukService[];
}

/**
 * A programme's status in the standard's words: running is active, ended is inactive, paused
 * is temporarily closed. Unknown stays active (the site lists it, as the provider has not said
 * it stopped) with an alert saying the status could not be confirmed.
 */
export function orukStatus(status: Programme['status']): OrukStatus {
  return status === 'ended' ? 'inactive' : status === 'paused' ? 'temporarily closed' : 'active';
}

const id = (kind: string, key: string) => uuidV5(`${kind}:${key}`);

/** Every programme as an Open Referral UK service, with its organisation. */
export function openReferral(input: OpenDataInput): OrukServiceList {
  const programmes = [...input.content.programmes].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const byProvider = new Map<string, Entry<Programme>[]>();
  for (const p of programmes) byProvider.set(p.data.provider, [...(byProvider.get(p.data.provider) ?? []), p]);
  const organizations = new Map<string, OrukOrganization>(
    [...byProvider].map(([provider, list]) => [
      provider,
      {
        id: id('organization', provider),
        name: provider,
        description: `Runs ${list.length === 1 ? 'a programme' : 'programmes'} listed on the health and care careers site: ${list.map((p) => p.data.title).join('; ')}.`,
      },
    ]),
  );
  const contents = programmes.map((p) => service(p, organizations.get(p.data.provider)!, input));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

function service(entry: Entry<Programme>, organization: OrukOrganization, input: OpenDataInput): OrukService {
  const p = entry.data;
  const node = input.graph.byId.get(entry.id);
  const serviceId = id('programme', entry.id);
  const boroughNames = new Map(input.content.boroughs.map((b) => [b.id, b.name]));
  const page = node ? input.address(node.href) : undefined;
  // The standard's url is a full web address: the programme's own page, else this site's page when it has a public address.
  const url = p.url ?? (page && /^https?:\/\//.test(page) ? page : undefined);
  const free = node?.programme?.free ?? /^free\b/i.test(p.cost);
  const out: OrukService = {
    id: serviceId,
    organization_id: organization.id,
    name: p.title,
    description: `${p.summary} Who can join: ${p.who_can_join.text}`,
    ...(url ? { url } : {}),
    ...(p.email ? { email: p.email } : {}),
    status: orukStatus(p.status),
    fees: p.cost,
    ...(p.who_can_join.age_min !== undefined ? { minimum_age: p.who_can_join.age_min } : {}),
    ...(p.who_can_join.age_max !== undefined ? { maximum_age: p.who_can_join.age_max } : {}),
    assured_date: p.status_checked,
    organization,
    service_areas: p.boroughs.map((b) => {
      const name = boroughNames.get(b) ?? b;
      return { id: id('service-area', `${entry.id}:${b}`), service_id: serviceId, name, service_area: `Residents of ${name}` };
    }),
    service_at_locations: [],
    cost_options: [
      {
        id: id('cost-option', entry.id),
        service_id: serviceId,
        option: 'Cost to the person taking part',
        ...(free ? { amount: 0 } : {}),
        amount_description: p.cost,
      },
    ],
    contacts: [],
  };
  const alert = statusAlert(p);
  if (alert) out.alert = alert;
  // Where it runs is not in the content: the location is the way to reach the provider, said plainly.
  const locationId = id('location', entry.id);
  out.service_at_locations.push({
    id: id('service-at-location', entry.id),
    service_id: serviceId,
    location_id: locationId,
    location: {
      id: locationId,
      location_type: 'virtual',
      name: `${p.title}: contact the provider`,
      description: `Where it takes place is not recorded here. Ask ${p.provider}${contactWords(p)}.`,
    },
  });
  if (p.phone) {
    const contactId = id('contact', entry.id);
    out.contacts.push({
      id: contactId,
      service_id: serviceId,
      name: `${p.title} enquiries`,
      phones: [{ id: id('phone', entry.id), contact_id: contactId, number: p.phone }],
    });
  }
  return out;
}

function contactWords(p: Programme): string {
  const ways = [p.url && `on ${p.url}`, p.phone && `on ${p.phone}`, p.email && `at ${p.email}`].filter(Boolean);
  return ways.length ? ` (${ways.join(', ')})` : '';
}

function statusAlert(p: Programme): string | undefined {
  const checked = formatDate(p.status_checked);
  if (p.status === 'unknown') return `We could not confirm that it is running now (last checked ${checked}): check with the provider.`;
  if (p.status === 'paused') return `Paused: not taking people now (last checked ${checked}).`;
  if (p.status === 'ended') return `Ended: this programme no longer runs (last checked ${checked}).`;
  return undefined;
}
