/**
 * A QR code made in the browser (the `qrcode` package, loaded only when a page needs one) as
 * an SVG element with a name for screen readers. Only for a public address set at build
 * time (SITE_URL): a code to a loopback or preview address would be useless on paper.
 */
export async function qrCode(url: string): Promise<SVGSVGElement | undefined> {
  const qrcode = await import('qrcode');
  const text = await qrcode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  if (!(svg instanceof SVGSVGElement)) return undefined;
  const node = document.importNode(svg, true);
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', `QR code for ${url}`);
  return node;
}
