/**
 * What the open-data modules (src/lib/open-data) need from the site: its content and graph,
 * today, and page addresses made absolute with the public address (SITE_URL) when there is one,
 * else left as paths (never a loopback address).
 */
import { today } from '../lib/loader/index.ts';
import type { OpenDataInput } from '../lib/open-data/tables.ts';
import { publicAddress } from '../lib/qr.ts';
import { getSite } from './site.ts';

export function openDataInput(site: URL | undefined): OpenDataInput {
  const { content, graph, role, qualification, programme } = getSite();
  return { content, graph, entries: { role, qualification, programme }, today: today(), address: (path) => publicAddress(path, site) ?? path };
}
