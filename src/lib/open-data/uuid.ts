/**
 * Name-based UUIDs (version 5, RFC 9562 section 5.5): the same name always gives the same
 * UUID, so an entry keeps its identifier from build to build. Open Referral UK identifiers
 * must be UUIDs; ours come from the entry's kind and id.
 */
import { createHash } from 'node:crypto';

/** This site's namespace for its UUIDs (itself a random UUID, fixed once). */
export const SITE_NAMESPACE = '5b0f6a52-8c0e-4d6a-9a3e-2f4c1e7d9b61';

/** UUID version 5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = SITE_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
