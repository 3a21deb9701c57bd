/** The modulepreload links for islands that hydrate on load (src/integrations/module-preload.ts). */
import { describe, expect, it } from 'vitest';
import { loadIslandFiles, moduleGraph, staticImports, withModulePreloads } from '../../src/integrations/module-preload.ts';

describe('staticImports', () => {
  it('reads the import statements at the top of a bundled chunk, and stops at the first other statement', () => {
    const code =
      'import{t as e}from"./react.B5.js";import{n as o,t as s}from"./Error.Dr.js";import"./side.js";import*as m from"./all.js";var l=e();import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./react.B5.js', './Error.Dr.js', './side.js', './all.js']);
  });

  it('finds nothing in a chunk without imports, and never a dynamic import', () => {
    expect(staticImports('var a=1;import("./lazy.js")')).toEqual([]);
    expect(staticImports('')).toEqual([]);
  });
});

describe('loadIslandFiles', () => {
  it('takes the renderer and component of client:load islands only', () => {
    const html =
      '<astro-island uid="a" component-url="/_astro/Search.A.js" renderer-url="/_astro/client.B.js" ssr client="load"></astro-island>' +
      '<astro-island uid="b" component-url="/_astro/Map.C.js" renderer-url="/_astro/client.B.js" ssr client="visible"></astro-island>';
    expect(loadIslandFiles(html)).toEqual(['/_astro/client.B.js', '/_astro/Search.A.js']);
  });
});

describe('moduleGraph and withModulePreloads', () => {
  const files: Record<string, string> = {
    '/_astro/Search.A.js': 'import{t}from"./react.R.js";import"./shared.S.js";var x=1;',
    '/_astro/react.R.js': 'import"./shared.S.js";var r=1;',
    '/_astro/shared.S.js': 'var s=1;',
  };

  it('follows imports to any depth, each file once', () => {
    expect(moduleGraph(['/_astro/Search.A.js'], (u) => files[u] ?? '')).toEqual(['/_astro/Search.A.js', '/_astro/react.R.js', '/_astro/shared.S.js']);
  });

  it('adds a link before </head> for each file the page does not already load', () => {
    const html = '<html><head><script type="module" src="/_astro/shared.S.js"></script></head><body></body></html>';
    expect(withModulePreloads(html, ['/_astro/Search.A.js', '/_astro/shared.S.js'])).toBe(
      '<html><head><script type="module" src="/_astro/shared.S.js"></script><link rel="modulepreload" href="/_astro/Search.A.js"></head><body></body></html>',
    );
    expect(withModulePreloads(html, ['/_astro/shared.S.js'])).toBe(html);
  });
});
