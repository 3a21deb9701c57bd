/**
 * Bad content stops the site build before anything is written, and the message names the
 * file, the field and the fix. The same for `npm run check:content`.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const bin = (name: string) => resolve('node_modules/.bin', name);
const env = { ...process.env, CONTENT_ROOT: resolve('tests/fixtures/broken'), PATH: `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}` };

describe('bad content', () => {
  it('stops `astro build` before it writes anything, naming file, field and fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guard-'));
    const out = join(dir, 'dist');
    try {
      const run = spawnSync(bin('astro'), ['build', '--outDir', out], { env, encoding: 'utf8', timeout: 120_000 });
      const text = run.stdout + run.stderr;
      expect(run.status).not.toBe(0);
      expect(text).toContain('content/roles/bad-role.md: sector: "hospital" is not allowed. Fix: use one of: social-care, nhs, both');
      // A javascript: address never reaches a page: the build stops on it.
      expect(text).toContain('content/roles/bad-role.md: sources[0].url: "javascript:alert(1)" must be a web address starting with https://');
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 130_000);

  it('fails `npm run check:content` with the same messages', () => {
    const run = spawnSync(bin('node'), ['scripts/check-content.ts'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('content/roles/bad-role.md: sector: "hospital" is not allowed.');
    expect(run.stderr).toMatch(/\d+ error\(s\)/);
  });
});
