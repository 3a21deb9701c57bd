/** A small static server for the built site (dist/), for browser tests, screenshots and benchmarks. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.csv': 'text/csv',
};

export interface ServeOptions {
  /**
   * Serve as a real host does: brotli (or gzip) for text when the client accepts it, and
   * `/_astro/` files (hashed names) cached for a year. Off for tests, which read raw bytes.
   */
  hostLike?: boolean;
}

const compressible = /text|javascript|json|svg|manifest|xml|csv/;

/** Brotli when accepted, else gzip, else none; compressed bodies are kept per file. */
function encoder(cache: Map<string, Buffer>) {
  return (file: string, body: Buffer, accept: string): { encoding?: 'br' | 'gzip'; body: Buffer } => {
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    if (!encoding) return { body };
    const key = `${encoding}:${file}`;
    let out = cache.get(key);
    if (!out) {
      out =
        encoding === 'br'
          ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
          : gzipSync(body, { level: 9 });
      cache.set(key, out);
    }
    return { encoding, body: out };
  };
}

export async function serveDist(root: string, port = 0, options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const encode = encoder(new Map());
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    let body: Buffer;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
    } catch {
      status = 404;
      file = join(root, '404.html');
      body = await readFile(file).catch(() => Buffer.from('Not found'));
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (options.hostLike) {
      headers['cache-control'] = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
      if (compressible.test(type)) {
        const out = encode(file, body, String(req.headers['accept-encoding'] ?? ''));
        headers.vary = 'accept-encoding';
        if (out.encoding) headers['content-encoding'] = out.encoding;
        body = out.body;
      }
    }
    res.writeHead(status, headers).end(body);
  });
  // Keep idle connections longer than any client does. With Node's default of 5 s, a client
  // that reuses a socket just as the server closes it gets ECONNRESET (Playwright's
  // route.fetch did, in CI, and a script never arrived).
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 121_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { server, url: `http://127.0.0.1:${actual}` };
}
