/** The pieces of the Content-Security-Policy: hashes, the pathway colour classes, the _headers file. */
import { describe, it, expect } from 'vitest';
import { laneClass, laneStylesheet } from '../../src/lib/lane-colours.ts';
import { cspHash, readingPrefsScript } from '../../src/layouts/inline.ts';
import { directivesOf, headerPolicy, metaPolicy, withPolicyHeader } from '../../src/integrations/security-headers.ts';

describe('cspHash', () => {
  it('is the sha256 of the exact text, as CSP writes it', () => {
    // echo -n "alert(1)" | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('the reading-choices script has no surrounding whitespace (the hash covers every byte)', () => {
    expect(readingPrefsScript).toBe(readingPrefsScript.trim());
    expect(readingPrefsScript).not.toMatch(/<\/script/i);
  });
});

describe('pathway colour classes', () => {
  it('gives each pathway one rule', () => {
    expect(laneClass('nursing')).toBe('lane-nursing');
    expect(
      laneStylesheet([
        { id: 'nursing', colour: '#00703c' },
        { id: 'social-work', colour: '#912B88' },
      ]),
    ).toBe('.lane-nursing{--lane:#00703c}\n.lane-social-work{--lane:#912B88}');
  });

  it('refuses an id or a colour that could break out of the rule', () => {
    expect(() => laneStylesheet([{ id: 'a}b', colour: '#000000' }])).toThrow(/cannot be a class name/);
    expect(() => laneStylesheet([{ id: 'a', colour: 'red;}body{display:none' }])).toThrow(/Fix: use a colour like #1d70b8/);
  });
});

describe('the policy in _headers', () => {
  const meta = "default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-x='; style-src 'self';";

  it('reads a page meta policy, entities decoded', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;;"></head>`)).toBe("script-src 'self';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });

  it('adds frame-ancestors, which a <meta> cannot carry', () => {
    expect(directivesOf(headerPolicy(meta))).toEqual([
      "default-src 'self'",
      "img-src 'self' data:",
      "script-src 'self' 'sha256-x='",
      "style-src 'self'",
      "frame-ancestors 'none'",
    ]);
  });

  it('puts the policy first in the /* block and keeps the rest of the file', () => {
    const file = '# comment\n/*\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n';
    expect(withPolicyHeader(file, 'P')).toBe(
      '# comment\n/*\n  Content-Security-Policy: P\n  X-Content-Type-Options: nosniff\n\n/_astro/*\n  Cache-Control: immutable\n',
    );
  });

  it('says how to fix a _headers file it cannot fill in', () => {
    expect(() => withPolicyHeader('/_astro/*\n  Cache-Control: immutable\n', 'P')).toThrow(/no "\/\*" block.*Fix: add a line "\/\*"/);
    expect(() => withPolicyHeader("/*\n  Content-Security-Policy: default-src 'none'\n", 'P')).toThrow(/already has a Content-Security-Policy. Fix: remove it/);
  });
});
