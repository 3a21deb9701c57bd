/**
 * Scale benchmark: the site built from synthetic content at 1x, 10x and 40x today's size, as a
 * national version might hold. The content is the real content with roles, qualifications and
 * programmes cloned (ids suffixed "-c2", "-c3"...; references inside a clone point within the
 * clone, so every clone passes the same content check). For each size it prints the content
 * check time, the build time, peak memory, pages and bytes, and the growth ratio between sizes.
 *
 *   node scripts/bench-scale.ts            # 1x, 10x, 40x
 *   node scripts/bench-scale.ts 1 10       # chosen sizes
 *   node scripts/bench-scale.ts 40 --keep /tmp/scale --content-only
 *                                          # write /tmp/scale/40x/content and keep it, to
 *                                          # profile a build of it (CONTENT_ROOT=/tmp/scale/40x)
 *
 * Uses /usr/bin/time (Debian's `time` package) for peak memory.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
/** `--keep DIR`: each size's content (and dist/) goes to DIR/<size>x and is kept. */
const keep = keepAt >= 0 ? resolve(args[keepAt + 1] ?? '') : undefined;
/** `--content-only`: write the content, build nothing (with --keep, to profile a build by hand). */
const contentOnly = args.includes('--content-only');
if (keepAt >= 0 && !args[keepAt + 1]) throw new Error('--keep needs a folder: --keep /tmp/scale');
const sizes = args
  .filter((_a, i) => keepAt < 0 || (i !== keepAt && i !== keepAt + 1))
  .map(Number)
  .filter((n) => n >= 1);
const wanted = sizes.length ? sizes : [1, 10, 40];
const root = resolve('.');
const cloned = ['roles', 'qualifications', 'programmes'];

/** Entries a journey starts from (held from abroad, say) stay single: a clone would have no way in. */
const journeyStarts = new Set(
  readdirSync(join(root, 'content', 'journeys')).flatMap((f) => {
    const m = /^start: \[(.*)\]$/m.exec(readFileSync(join(root, 'content', 'journeys', f), 'utf8'));
    return m?.[1] ? m[1].split(',').map((x) => x.trim()) : [];
  }),
);

function ids(folder: string): string[] {
  return readdirSync(join(root, 'content', folder))
    .map((f) => f.replace(/\.md$/, ''))
    .filter((id) => !journeyStarts.has(id));
}

/** Writes `<dir>/content` with `copies` copies of the cloned folders. */
function makeContent(dir: string, copies: number): void {
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const own = new Set(cloned.flatMap(ids));
  const pattern = new RegExp(`(?<![\\w-])(${[...own].sort((a, b) => b.length - a.length).join('|')})(?![\\w-])`, 'g');
  for (let k = 2; k <= copies; k++) {
    for (const folder of cloned) {
      for (const id of ids(folder)) {
        const text = readFileSync(join(root, 'content', folder, `${id}.md`), 'utf8');
        // Every id of a cloned entry, in front matter and [[links]], points into the same clone.
        const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
        const title = (t: string) => t.replace(/^(title: )(.*)$/m, (_m, a: string, b: string) => `${a}${b.replace(/^"|"$/g, '')} (copy ${k})`);
        const out = `---\n${title(front.replace(pattern, (m) => `${m}-c${k}`))}\n---\n${body.replace(/\[\[([a-z0-9-]+)(\|[^\]]*)?\]\]/g, (m, ref: string, label = '') => (own.has(ref) ? `[[${ref}-c${k}${label}]]` : m))}`;
        writeFileSync(join(dir, 'content', folder, `${id}-c${k}.md`), out);
      }
    }
  }
}

function walk(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const sub = walk(full);
      files += sub.files;
      pages += sub.pages;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += st.size;
      if (name.endsWith('.html')) pages++;
    }
  }
  return { files, pages, bytes };
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak memory in MB. */
function timed(cmd: string[], env: NodeJS.ProcessEnv): { seconds: number; mb: number; ok: boolean; out: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...cmd], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const last = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ');
  return { seconds: Number(last[0]), mb: Number(last[1]) / 1024, ok: r.status === 0, out: `${r.stdout}\n${r.stderr}`.slice(-2000) };
}

console.log(
  `node ${process.version}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log('size  entries  check s  build s  build MB  pages   MB out  build growth  pages growth');
let previous: { seconds: number; pages: number } | undefined;
for (const copies of wanted) {
  const dir = keep ? join(keep, `${copies}x`) : mkdtempSync(join(tmpdir(), `scale-${copies}x-`));
  try {
    if (keep) rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    makeContent(dir, copies);
    if (contentOnly) {
      console.log(`${copies}x: content written to ${dir}/content`);
      continue;
    }
    const entries = ['roles', 'qualifications', 'programmes'].reduce((n, f) => n + readdirSync(join(dir, 'content', f)).length, 0);
    const env = { ...process.env, CONTENT_ROOT: dir };
    const check = timed([process.execPath, 'scripts/check-content.ts', '--root', dir], env);
    if (!check.ok) throw new Error(`content check failed at ${copies}x:\n${check.out}`);
    const out = join(dir, 'dist');
    const build = timed([process.execPath, resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], env);
    if (!build.ok) throw new Error(`build failed at ${copies}x:\n${build.out}`);
    const { pages, bytes } = walk(out);
    const growth = previous ? `${(build.seconds / previous.seconds).toFixed(2)}` : '-';
    const pageGrowth = previous ? `${(pages / previous.pages).toFixed(2)}` : '-';
    console.log(
      `${`${copies}x`.padStart(4)}  ${String(entries).padStart(7)}  ${check.seconds.toFixed(1).padStart(7)}  ${build.seconds.toFixed(1).padStart(7)}  ${build.mb.toFixed(0).padStart(8)}  ${String(pages).padStart(5)}  ${(bytes / 1e6).toFixed(1).padStart(7)}  ${growth.padStart(12)}  ${pageGrowth.padStart(12)}`,
    );
    previous = { seconds: build.seconds, pages };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
