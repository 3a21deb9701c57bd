/** QR codes for printed handouts, made at build time as inline SVG, and the public address they encode. */
import QRCode from 'qrcode';

/**
 * The public address of a page, from the site's configured public URL (`SITE_URL` at build
 * time), or undefined when none is set: then nothing prints an address or a QR code to nowhere,
 * and a loopback address never reaches paper.
 */
export function publicAddress(path: string, site: URL | undefined): string | undefined {
  if (!site || ['localhost', '127.0.0.1', '[::1]'].includes(site.hostname)) return undefined;
  return new URL(path, site).href;
}

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  // Drop the XML prolog and give the SVG a role and name for screen readers.
  return svg.replace(/^<\?xml[^>]*>\s*/, '').replace('<svg ', `<svg role="img" aria-label="QR code for ${url.replace(/"/g, '')}" `);
}
