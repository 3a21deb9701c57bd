import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/safe-url.ts';

describe('safeHref', () => {
  it('lets web addresses through and nothing that runs', () => {
    expect(safeHref('https://www.nhs.uk/jobs')).toBe('https://www.nhs.uk/jobs');
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '/relative',
      '',
      undefined,
    ])
      expect(safeHref(bad), String(bad)).toBeUndefined();
  });

  it('lets mailto and tel through only for contacts', () => {
    expect(safeHref('mailto:jobs@example.org')).toBeUndefined();
    expect(safeHref('mailto:jobs@example.org', { contact: true })).toBe('mailto:jobs@example.org');
    expect(safeHref('tel:02079460000', { contact: true })).toBe('tel:02079460000');
  });
});
