// A minimal static file server on 127.0.0.1 for the PDF renderer, tests and benchmarks.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

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
  '.ttf': 'font/ttf',
};

export interface Served {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export interface ServeOptions {
  base?: string;
  port?: number;
  headers?: Record<string, string>;
  /** paths under the base answered by a function from the rest of the path to a file (undefined: not found), e.g.
   * { 'print-fonts/': (p) => … } */
  mounts?: Record<string, (path: string) => string | undefined>;
  /** gzip text responses, as any production host does (for measurements) */
  compress?: boolean;
}

/** Serve `dir` at `base` (e.g. /sub/path/) on an ephemeral port. Missing files get 404.html with status 404. */
export function serve(dir: string, opts: ServeOptions = {}): Promise<Served> {
  const { base = '/', port = 0, headers = {}, mounts = {}, compress = false } = opts;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) path = '/__outside__';
    else path = `/${path.slice(base.length)}`;
    const mount = Object.keys(mounts).find((m) => path.startsWith(`/${m}`));
    const root = resolve(dir);
    let file = mount ? (mounts[mount]!(path.slice(mount.length + 1)) ?? join(root, '__outside__')) : normalize(join(root, path));
    // nothing above dir, whatever the path says
    if (!mount && !file.startsWith(root)) file = join(root, '__outside__');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const target = found ? file : join(resolve(dir), '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const gzip = compress && /text|json|javascript|svg|xml|wasm/.test(type) && /gzip/.test(String(req.headers['accept-encoding']));
    res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}), ...headers });
    if (!existsSync(target)) res.end('not found');
    else if (gzip) createReadStream(target).pipe(createGzip()).pipe(res);
    else createReadStream(target).pipe(res);
  });
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({ url: `http://127.0.0.1:${p}${base}`, server, close: () =>
          new Promise((done) => {
            server.close(() => done());
            // keep-alive connections of a client still open would hold close() until they time out
            server.closeAllConnections();
          }),
      });
    }),
  );
}

