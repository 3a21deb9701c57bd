/** The open-data downloads under /data/ (roles.csv, open-referral.json, ...): one list, src/lib/open-data/downloads.ts. */
import type { APIContext } from 'astro';
import { openDataInput } from '../../data/open-data';
import { dataFiles } from '../../lib/open-data/downloads';

export function getStaticPaths() {
  return dataFiles.map((f) => ({ params: { file: f.file } }));
}

export function GET({ params, site }: APIContext) {
  const file = dataFiles.find((f) => f.file === params.file);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(file.build(openDataInput(site)), { headers: { 'content-type': file.type } });
}
