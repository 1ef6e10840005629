// The only module importing sirv: a build served on 127.0.0.1 for the PDF renderer, tests and benchmarks. sirv
// resolves paths and refuses any outside the folder (a sibling such as dist-old/ included); this module adds the
// site base, the renderer's mounts and the 404 page.
import compression from 'compression';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';

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

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Serve `dir` at `base` (e.g. /sub/path/) on an ephemeral port. Missing files get 404.html with status 404. */
export function serve(dir: string, opts: ServeOptions = {}): Promise<Served> {
  const { base = '/', port = 0, headers = {}, mounts = {}, compress = false } = opts;
  const root = resolve(dir);
  const setHeaders = (res: ServerResponse, path = '') => {
    // sirv sends an empty type for a file its table lacks (Pagefind's .pf_meta, .pagefind): say it is bytes
    if (/\.[^/]+$/.test(path) && !lookup(path)) res.setHeader('content-type', 'application/octet-stream');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  };
  // dev: files are looked up per request (the kit rewrites the booklet's print page while it serves it)
  const files = sirv(root, { dev: true, setHeaders });
  const notFound = (res: ServerResponse) => {
    setHeaders(res);
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (existsSync(join(root, '404.html'))) createReadStream(join(root, '404.html')).pipe(res);
    else res.end('not found');
  };
  const mounted = (path: string, res: ServerResponse): boolean => {
    const mount = Object.keys(mounts).find((m) => path.startsWith(m));
    if (!mount) return false;
    const file = mounts[mount]!(path.slice(mount.length));
    if (!file || !existsSync(file)) return (notFound(res), true);
    setHeaders(res);
    res.writeHead(200, { 'content-type': file.endsWith('.ttf') ? 'font/ttf' : 'application/octet-stream' });
    createReadStream(file).pipe(res);
    return true;
  };
  const site: Handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) return notFound(res);
    const path = url.pathname.slice(base.length);
    if (mounted(decodeURIComponent(path), res)) return;
    req.url = `/${path}${url.search}`;
    files(req, res, () => notFound(res));
  };
  const gzip = compress ? (compression() as unknown as Handler) : undefined;
  const server = createServer((req, res) => (gzip ? gzip(req, res, () => site(req, res, () => {})) : site(req, res, () => {})));
  return new Promise((ok) =>
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          // keep-alive connections of a client still open would hold close() until they time out
          server.closeAllConnections();
        });
      ok({ url: `http://127.0.0.1:${p}${base}`, server, close });
    }),
  );
}
