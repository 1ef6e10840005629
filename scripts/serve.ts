// A minimal static file server on 127.0.0.1 for tests and benchmarks: `node scripts/serve.ts [dir] [port] [base]`.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Served {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** Serve `dir` at `base` (e.g. /sub/path/) on an ephemeral port. Missing files get 404.html with status 404. */
export function serve(dir: string, base = '/', port = 0, headers: Record<string, string> = {}): Promise<Served> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/__outside__';
    else path = `/${path.slice(base.length)}`;
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '__outside__');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const target = found ? file : join(root, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', ...headers });
    if (existsSync(target)) createReadStream(target).pipe(res);
    else res.end('not found');
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({ url: `http://127.0.0.1:${p}${base}`, server, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  serve(dir, base, Number(port)).then((s) => console.log(`serving ${dir} at ${s.url}`));
}
