/**
 * The full map of the fixture content (tests/fixtures/basic) as the SVG the page serves,
 * rendered by MapSvg on the server. Numbers are rounded to one decimal place and ids renumbered
 * in order of appearance (as observablehq/plot's snapshot tests do), and each element sits on
 * its own line, so a change to the layout reads as a small diff of the file snapshot.
 * Update it on purpose with `npx vitest run tests/unit/layout-svg.test.ts -u`.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import MapSvg from '../../src/components/map/MapSvg.tsx';
import { loadContentFrom } from '../../src/lib/loader/index.ts';
import { fullMap, mapNodes } from '../../src/lib/map/map-data.ts';

/** Fixed, so the pay year and review dates never change the snapshot. */
const TODAY = '2026-11-30';

/** `id-1`, `id-2`, ... in order of first appearance, in the ids and everything that points at them. */
function renumberIds(svg: string): string {
  const ids = new Map<string, string>();
  for (const [, id = ''] of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  const swap = (id: string) => ids.get(id) ?? id;
  return svg
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${swap(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${swap(id)})`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${swap(id)}"`)
    .replace(/\s(aria-(?:labelledby|describedby|controls))="([^"]+)"/g, (_, name: string, list: string) => ` ${name}="${list.split(' ').map(swap).join(' ')}"`);
}

/** Positions and sizes rounded to one decimal place (colours and opacities are left as they are). */
const roundNumbers = (svg: string) =>
  svg.replace(/\s(x|y|dy|width|height|rx|d|viewBox|transform)="([^"]*)"/g, (_, name: string, value: string) => {
    const rounded = value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
    return ` ${name}="${rounded}"`;
  });

/** One element or text per line, indented by depth. */
function indent(svg: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const part of svg.split(/(<[^>]+>)/).filter(Boolean)) {
    if (part.startsWith('</')) depth--;
    lines.push(`${'  '.repeat(Math.max(depth, 0))}${part}`);
    if (part.startsWith('<') && !part.startsWith('</') && !part.endsWith('/>')) depth++;
  }
  return `${lines.join('\n')}\n`;
}

const normalise = (svg: string) => indent(roundNumbers(renumberIds(svg)));

describe('the map of the fixture content', () => {
  const { content, graph } = loadContentFrom('tests/fixtures/basic', { today: TODAY });
  const layout = fullMap(graph, content.pathways);
  const svg = renderToStaticMarkup(createElement(MapSvg, { layout, nodes: mapNodes(graph), title: 'Pathway map', idPrefix: 'explore' }));

  it('draws every job and qualification as a link, and every way between them', () => {
    const links = [...svg.matchAll(/<a [^>]*data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(layout.nodes.map((n) => n.id));
    expect(svg.match(/<path [^>]*class="map-edge /g)).toHaveLength(layout.edges.length);
    expect(links.length).toBeGreaterThan(3);
  });

  it('matches the SVG snapshot', async () => {
    await expect(normalise(svg)).toMatchFileSnapshot('__snapshots__/layout-svg.basic.svg');
  });

  it('normalises numbers and ids the same way every time', () => {
    expect(
      normalise('<svg><marker id="explore-arrow-x"></marker><path d="M1.25,2.333" fill-opacity="0.07" marker-end="url(#explore-arrow-x)"/></svg>'),
    ).toMatchInlineSnapshot(`
      "<svg>
        <marker id="id-1">
        </marker>
        <path d="M1.3,2.3" fill-opacity="0.07" marker-end="url(#id-1)"/>
      </svg>
      "
    `);
  });
});
