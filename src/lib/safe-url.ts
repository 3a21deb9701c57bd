/**
 * The last check before an address from content reaches an `href`: only https: and http:
 * (and mailto: and tel: where a contact is meant). The content schema refuses anything else
 * already; this keeps a page safe even if content ever arrived another way.
 */
const WEB = new Set(['https:', 'http:']);
const CONTACT = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** The address when it is safe for an `href`, else undefined (render it as text or not at all). */
export function safeHref(address: string | undefined, options: { contact?: boolean } = {}): string | undefined {
  if (!address) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  return (options.contact ? CONTACT : WEB).has(url.protocol) ? url.href : undefined;
}
