/** The web app manifest (/manifest.webmanifest): name, start page, icons, and the theme colour from the site's CSS. */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/manifest';
import { ui } from '../lib/ui-strings';
import css from '../styles/global.css?raw';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({
        name: ui.siteName,
        shortName: ui.appName,
        description: 'Health and adult social care jobs, training and local help in central London: routes, slides and key words that work offline.',
        css,
      }),
      null,
      2,
    ),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
