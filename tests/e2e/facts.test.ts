/**
 * What the built site prints, read from dist/: every role page and handout shows the pay the
 * graph derived (one home for every figure), no page prints a loopback address, and no
 * `href` carries anything but http(s), mailto or tel.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afcInForce, legalMinimum } from '../../src/lib/graph/pay.ts';
import { loadContentFrom, today } from '../../src/lib/loader/index.ts';
import { distDir } from './helpers.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
const text = files(distDir).filter((f) => /\.(html|xml|json|txt|webmanifest)$/.test(f));
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const graph = JSON.parse(readFileSync(join(distDir, 'graph.json'), 'utf8')) as {
  nodes: { id: string; kind: string; pay?: { text: string; london?: string } }[];
};

describe('the built site', () => {
  it('never prints a loopback address', () => {
    const found = text.filter((f) => /127\.0\.0\.1|localhost:\d|\[::1\]/.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('puts only http(s), mailto and tel addresses in links', () => {
    const bad: string[] = [];
    for (const f of text.filter((x) => x.endsWith('.html'))) {
      // Every link a reader can follow (a and area elements; <link rel=icon> may be a data: image).
      for (const m of readFileSync(f, 'utf8').matchAll(/<(?:a|area)\s[^>]*?href="([^"]*)"/g)) {
        const href = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|\/|#|\?|\.)/.test(href)) continue;
        bad.push(`${f}: ${href}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shows each role’s pay exactly as the graph derived it, on its page and its handout', () => {
    const roles = graph.nodes.filter((n) => n.kind === 'role');
    expect(roles.length).toBeGreaterThanOrEqual(80);
    const wrong: string[] = [];
    for (const r of roles) {
      for (const page of [`roles/${r.id}/index.html`, `roles/${r.id}/handout/index.html`]) {
        const html = readFileSync(join(distDir, page), 'utf8');
        if (!r.pay || !html.includes(escapeHtml(r.pay.text))) wrong.push(`${page}: ${r.pay?.text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows no pay year older than the one in force, and no hourly figure under the legal minimum', () => {
    const scales = loadContentFrom(process.cwd()).content.payScales!;
    const year = Number(afcInForce(scales, today())!.year.slice(0, 4));
    const minimum = legalMinimum(scales, today())!.hourly;
    const old: string[] = [];
    for (const n of graph.nodes) {
      const t = n.pay?.text ?? '';
      for (const m of t.matchAll(/\((20\d\d)\/(\d\d)\)/g)) if (Number(m[1]) < year) old.push(`${n.id}: ${t}`);
      for (const m of t.matchAll(/£(\d+\.\d\d) an hour/g)) if (Number(m[1]) < minimum) old.push(`${n.id}: ${t}`);
    }
    expect(old).toEqual([]);
  });
});
