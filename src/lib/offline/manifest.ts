/**
 * The web app manifest, so the site can be installed on a phone or a classroom laptop. The
 * theme colour is read from the site's CSS (`--brand` in src/styles/global.css), so the two
 * never disagree.
 */

export interface WebManifest {
  name: string;
  short_name: string;
  description: string;
  start_url: string;
  scope: string;
  display: 'standalone';
  lang: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: 'any' | 'maskable' }[];
}

/** The value of the custom property `name` (for example `--brand`) in `css`. Throws, with the fix, when it is missing. */
export function cssColour(css: string, name: string): string {
  const m = new RegExp(`(?:^|[\\s;{])${name}\\s*:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(css);
  if (!m?.[1]) throw new Error(`The site's CSS has no ${name} colour for the web app manifest. Fix: keep "${name}: #rrggbb;" in src/styles/global.css.`);
  return m[1].toLowerCase();
}

export function webManifest(options: { name: string; shortName: string; description: string; css: string }): WebManifest {
  return {
    name: options.name,
    short_name: options.shortName,
    description: options.description,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'en',
    theme_color: cssColour(options.css, '--brand'),
    background_color: cssColour(options.css, '--bg'),
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
