/**
 * Markdown bodies (src/lib/markdown.ts) and key-word markup (src/lib/glossary/render.ts) escape
 * what editors write: no tag, attribute or javascript: address gets through as markup; `[[id]]`
 * links go where the id says.
 */
import { describe, expect, it } from 'vitest';
import { createTermMatcher, type TermInfo } from '../../src/lib/glossary/mark.ts';
import { keyWordHtml, segmentsHtml } from '../../src/lib/glossary/render.ts';
import { createMarkdown, type LinkTarget } from '../../src/lib/markdown.ts';

const targets: Record<string, LinkTarget> = {
  'care-worker': { title: 'Care worker', href: '/roles/care-worker/' },
  'dbs-check': { title: 'DBS check', href: '/qualifications/dbs-check/' },
};
const resolve = (id: string) => targets[id];

const dbs: TermInfo = {
  id: 'dbs-check-term',
  term: 'DBS check',
  forms: ['DBS check', 'DBS'],
  simple: 'A check of your criminal record.',
  translations: { es: { text: 'Comprobación DBS', reviewed: false } },
};
/** A key word written to break out of every attribute and element it lands in. */
const hostile: TermInfo = {
  id: 'x" onfocus="alert(1)',
  term: 'rota',
  forms: ['rota'],
  simple: '"><script>alert(1)</script>',
  translations: { 'es" onclick="alert(1)': { text: '</span><img src=x onerror=alert(1)>', reviewed: true } },
};
const terms = [dbs, hostile];
const render = createMarkdown(resolve, { match: createTermMatcher(terms), terms: new Map(terms.map((t) => [t.id, t])) });
const plain = createMarkdown(resolve);

/** Elements and attributes the renderers may produce; anything else is markup that got through. */
const allowedTags = new Set(['p', 'a', 'span', 'button', 'strong', 'em', 'code', 'ul', 'ol', 'li', 'h2', 'h3']);
const allowedAttributes = new Set(['href', 'class', 'type', 'role', 'id', 'aria-describedby', 'data-lang', 'lang', 'dir']);

/** Every problem in `html`: a tag or attribute not on the lists, or an address that is not a path or https. */
function liveMarkup(html: string): string[] {
  const problems: string[] = [];
  for (const [tag, name = '', rest = ''] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    if (!allowedTags.has(name.toLowerCase())) problems.push(`tag ${tag}`);
    const attributes = [...rest.matchAll(/\s([\w-]+)="([^"]*)"/g)];
    const leftOver = rest.replace(/\s([\w-]+)="([^"]*)"/g, '').trim();
    if (leftOver && leftOver !== '/') problems.push(`unquoted attribute text ${leftOver} in ${tag}`);
    for (const [, attribute = '', value = ''] of attributes) {
      if (!allowedAttributes.has(attribute)) problems.push(`attribute ${attribute} in ${tag}`);
      if (attribute === 'href' && !/^(\/|https:\/\/|#)/.test(value)) problems.push(`address ${value} in ${tag}`);
    }
  }
  return problems;
}

describe('markdown bodies escape HTML', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>'],
    ['an image with an event handler', 'Text <img src=x onerror=alert(1)> more'],
    ['an HTML block', '<div onclick="alert(1)">\n\nhello\n\n</div>'],
    ['a javascript: link', '[x](javascript:alert(1))'],
    ['a javascript: link in capitals', '[x](JavaScript:alert(1))'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a label that closes the link', '[[care-worker|x](javascript:alert(1)) [y]]'],
    ['entities that decode to a tag', '&lt;script&gt;alert(1)&lt;/script&gt; and a DBS check'],
  ])('%s', (_name, body) => {
    expect(liveMarkup(render(body))).toEqual([]);
    expect(liveMarkup(plain(body))).toEqual([]);
  });

  it('shows the tags as text', () => {
    expect(render('<script>alert(1)</script> and <img src=x onerror=alert(1)>')).toMatchInlineSnapshot(`
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(1)&gt;</p>
      "
    `);
  });

  it('leaves javascript: links as text', () => {
    expect(render('[x](javascript:alert(1)) and <javascript:alert(1)>')).toMatchInlineSnapshot(`
      "<p>[x](javascript:alert(1)) and &lt;javascript:alert(1)&gt;</p>
      "
    `);
  });
});

describe('[[id]] links', () => {
  it('links to the entry, with its title', () => {
    expect(render('Start as a [[care-worker]].')).toMatchInlineSnapshot(`
      "<p>Start as a <a href="/roles/care-worker/">Care worker</a>.</p>
      "
    `);
  });

  it('uses the other words after a bar', () => {
    expect(render('Start [[care-worker|in a care job]].')).toMatchInlineSnapshot(`
      "<p>Start <a href="/roles/care-worker/">in a care job</a>.</p>
      "
    `);
  });

  it('leaves an unknown id as text', () => {
    expect(render('See [[no-such-page]] and [[no-such-page|these words]].')).toMatchInlineSnapshot(`
      "<p>See [[no-such-page]] and [[no-such-page|these words]].</p>
      "
    `);
  });

  it('does not mark key words inside a link', () => {
    expect(render('You need a [[dbs-check]]; ask about the DBS check.')).toMatchInlineSnapshot(`
      "<p>You need a <a href="/qualifications/dbs-check/">DBS check</a>; ask about the <span class="kw"><button type="button" class="kw-term" aria-describedby="kw-dbs-check-term-mbbd5w-1">DBS check</button><span role="tooltip" id="kw-dbs-check-term-mbbd5w-1" class="kw-tip"><span class="kw-simple">A check of your criminal record.</span><span class="kw-tr" data-lang="es"><span class="kw-lang">Español (Spanish):</span> <span lang="es">Comprobación DBS</span> <span class="kw-unchecked"><span lang="es">(aún no revisado)</span> (not yet checked)</span></span></span></span>.</p>
      "
    `);
  });
});

describe('key words escape everything they carry', () => {
  it('marks a key word with its meaning and translation', () => {
    expect(segmentsHtml(['You need a ', { id: 'dbs-check-term', text: 'DBS check' }, '.'], new Map([[dbs.id, dbs]]))).toMatchInlineSnapshot(
      `"You need a <span class="kw"><button type="button" class="kw-term" aria-describedby="kw-dbs-check-term-1g04djq-1">DBS check</button><span role="tooltip" id="kw-dbs-check-term-1g04djq-1" class="kw-tip"><span class="kw-simple">A check of your criminal record.</span><span class="kw-tr" data-lang="es"><span class="kw-lang">Español (Spanish):</span> <span lang="es">Comprobación DBS</span> <span class="kw-unchecked"><span lang="es">(aún no revisado)</span> (not yet checked)</span></span></span></span>."`,
    );
  });

  it('keeps a hostile id, meaning, language and translation inside their attributes and elements', () => {
    const html = keyWordHtml(hostile, 'rota"><script>alert(1)</script>');
    expect(liveMarkup(html)).toEqual([]);
    expect(html).toMatchInlineSnapshot(
      `"<span class="kw"><button type="button" class="kw-term" aria-describedby="kw-x&quot; onfocus=&quot;alert(1)-1">rota&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</button><span role="tooltip" id="kw-x&quot; onfocus=&quot;alert(1)-1" class="kw-tip"><span class="kw-simple">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span><span class="kw-tr" data-lang="es&quot; onclick=&quot;alert(1)"><span class="kw-lang">es&quot; onclick=&quot;alert(1):</span> <span lang="es&quot; onclick=&quot;alert(1)">&lt;/span&gt;&lt;img src=x onerror=alert(1)&gt;</span></span></span></span>"`,
    );
  });

  it('escapes the text around key words', () => {
    const html = render('Your rota <b onmouseover="alert(1)">bold</b>');
    expect(liveMarkup(html)).toEqual([]);
    expect(html).toMatchInlineSnapshot(`
      "<p>Your <span class="kw"><button type="button" class="kw-term" aria-describedby="kw-x&quot; onfocus=&quot;alert(1)-1q4ep96-1">rota</button><span role="tooltip" id="kw-x&quot; onfocus=&quot;alert(1)-1q4ep96-1" class="kw-tip"><span class="kw-simple">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</span><span class="kw-tr" data-lang="es&quot; onclick=&quot;alert(1)"><span class="kw-lang">es&quot; onclick=&quot;alert(1):</span> <span lang="es&quot; onclick=&quot;alert(1)">&lt;/span&gt;&lt;img src=x onerror=alert(1)&gt;</span></span></span></span> &lt;b onmouseover=“alert(1)”&gt;bold&lt;/b&gt;</p>
      "
    `);
  });
});
