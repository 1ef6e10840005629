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
  const site = siteHandler(resolve(dir), opts);
  const gzip = opts.compress ? (compression() as unknown as Handler) : undefined;
  const server = createServer((req, res) => (gzip ? gzip(req, res, () => site(req, res)) : site(req, res)));
  return listen(server, opts.port ?? 0, opts.base ?? '/');
}

/** Requests under the base: a mount's file, else sirv's; anything else is the site's 404 page. */
function siteHandler(root: string, { base = '/', headers = {}, mounts = {} }: ServeOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const setHeaders = (res: ServerResponse, path = '') => {
    // sirv sends an empty type for a file its table lacks (Pagefind's .pf_meta, .pagefind): say it is bytes
    if (/\.[^/]+$/.test(path) && !lookup(path)) res.setHeader('content-type', 'application/octet-stream');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  };
  // dev: files are looked up per request (the kit rewrites the booklet's print page while it serves it)
  const files = sirv(root, { dev: true, setHeaders });
  const send = (res: ServerResponse, status: number, type: string, file: string | undefined) => {
    setHeaders(res);
    res.writeHead(status, { 'content-type': type });
    if (file && existsSync(file)) createReadStream(file).pipe(res);
    else res.end('not found');
  };
  const notFound = (res: ServerResponse) => send(res, 404, 'text/html; charset=utf-8', join(root, '404.html'));
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith(base)) return notFound(res);
    const path = url.pathname.slice(base.length);
    const mount = Object.keys(mounts).find((m) => decodeURIComponent(path).startsWith(m));
    if (mount) {
      const file = mounts[mount]!(decodeURIComponent(path).slice(mount.length));
      return file && existsSync(file) ? send(res, 200, file.endsWith('.ttf') ? 'font/ttf' : 'application/octet-stream', file) : notFound(res);
    }
    req.url = `/${path}${url.search}`;
    files(req, res, () => notFound(res));
  };
}

function listen(server: Server, port: number, base: string): Promise<Served> {
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
