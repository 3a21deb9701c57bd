/** QR codes for printed handouts, made at build time as inline SVG. */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
  // Drop the XML prolog and give the SVG a role and name for screen readers.
  return svg.replace(/^<\?xml[^>]*>\s*/, '').replace('<svg ', `<svg role="img" aria-label="QR code for ${url.replace(/"/g, '')}" `);
}
