import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../src/lib/csp.ts';
import { decodeAttribute } from '../../src/lib/html-entities.ts';
import { childEnv } from '../../src/lib/options.ts';
import { serve, type Served } from '../../src/lib/serve.ts';
import { DIST, ROOT } from '../helpers.ts';
import { connect } from './browser.ts';

/**
 * Hosting: a build under a sub-path served by two different static servers and crawled; the CSP the README documents,
 * checked in a browser; and a second build of the same tree, with PDFs rendered afresh, byte-identical to dist/.
 */
const BASE = '/some/sub/path/';
const SUB = join(ROOT, '.build/test-subpath');
const AGAIN = join(ROOT, '.build/test-again');

function build(out: string, env: Parameters<typeof childEnv>[0]): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, encoding: 'utf8', env: childEnv({ ...env, OUT_DIR: out }) });
  if (r.status !== 0) throw new Error(`build failed (${r.status} ${r.signal ?? ""} ${r.error?.message ?? ""}): ${r.stderr.slice(-3000)}`);
}

async function crawl(start: string): Promise<{ pages: number; fetched: number; broken: string[]; outside: string[] }> {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const seen = new Set<string>([start]);
  const queue = [start];
  const broken: string[] = [];
  const outside: string[] = [];
  let pages = 0;
  while (queue.length) {
    const url = queue.shift()!;
    const res = await fetch(url);
    if (res.status !== 200) {
      broken.push(`${res.status} ${url}`);
      continue;
    }
    if (!(res.headers.get('content-type') ?? '').includes('html') && !url.endsWith('/')) {
      await res.arrayBuffer();
      continue;
    }
    pages++;
    const html = await res.text();
    for (const m of html.matchAll(/<(?:a|link|script|img)\b[^>]*?\b(?:href|src)="([^"#]+)[^"]*"/g)) {
      const target = new URL(decodeAttribute(m[1]!), url);
      if (target.origin !== origin) {
        if (!/rel="(canonical|alternate)"|property="og:url"/.test(m[0])) outside.push(`${url} → ${target.href}`);
        continue;
      }
      if (!target.pathname.startsWith(base)) outside.push(`${url} → ${target.pathname}`);
      target.search = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  return { pages, fetched: seen.size, broken, outside };
}

let node: Served;
let python: ChildProcess;
let pythonUrl: string;
beforeAll(async () => {
  build(SUB, { BASE });
  node = await serve(SUB, { base: BASE });
  const root = mkdtempSync(join(tmpdir(), 'subpath-'));
  mkdirSync(join(root, 'some/sub'), { recursive: true });
  symlinkSync(SUB, join(root, 'some/sub/path'));
  const port = 20000 + (process.pid % 20000);
  python = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  pythonUrl = `http://127.0.0.1:${port}${BASE}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(pythonUrl);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}, 600_000);
afterAll(async () => {
  await node?.close();
  python?.kill();
});

describe(`a build under ${BASE}`, () => {
  it("crawled on Node's server: 0 broken links, 0 requests outside the site", async () => {
    const r = await crawl(node.url);
    expect(r.pages).toBeGreaterThan(15);
    expect(r.fetched).toBeGreaterThan(40);
    expect(r.broken).toEqual([]);
    expect(r.outside).toEqual([]);
  });
  it("crawled on Python's http.server: 0 broken links, 0 requests outside the site", async () => {
    const r = await crawl(pythonUrl);
    expect(r.pages).toBeGreaterThan(15);
    expect(r.broken).toEqual([]);
    expect(r.outside).toEqual([]);
  });
  it('search works under the sub-path and every request stays inside it', async () => {
    const browser = await connect();
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${pythonUrl}zh-hant/search/?q=${encodeURIComponent('城市更新')}`);
    await page.waitForFunction(() => (document.querySelector('#search-results') as HTMLElement).dataset.done === '城市更新', { polling: 50, timeout: 20_000 });
    const links = await page.$$eval('#search-results a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(2);
    for (const l of links) expect(l.startsWith(pythonUrl)).toBe(true);
    const res = await page.goto(links[0]!);
    expect(res?.status()).toBe(200);
    expect(requests.filter((u) => !u.startsWith(pythonUrl))).toEqual([]);
    await browser.close();
  });
});

describe('Content-Security-Policy', () => {
  it('no page violates the documented policy, searching included; the one inline script is allowed by its hash', async () => {
    const served = await serve(DIST, { headers: { 'content-security-policy': CSP } });
    const browser = await connect();
    const violations: string[] = [];
    for (const path of ['', 'zh-hans/', 'zh-hant/urban-development-opinions-2026/', 'zh-hans/downloads/', 'zh-hant/search/?q=%E5%9F%8E%E5%B8%82']) {
      const page = await browser.newPage();
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/.test(m.text())) violations.push(`${path}: ${m.text()}`);
      });
      await page.goto(served.url + path, { waitUntil: 'networkidle0' });
      if (path.includes('search')) await page.waitForFunction(() => (document.querySelector('#search-results') as HTMLElement).dataset.done !== undefined, { polling: 50, timeout: 20_000 });
      await page.close();
    }
    await browser.close();
    await served.close();
    expect(violations).toEqual([]);
    // the only inline script is the early one, allowed by its hash
    const { createHash } = await import('node:crypto');
    const unhashed = readdirSync(DIST, { recursive: true })
      .filter((f) => String(f).endsWith('.html'))
      .flatMap((f) => [...readFileSync(join(DIST, String(f)), 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => [String(f), m[1]!] as const))
      .filter(([, body]) => !CSP.includes(`'sha256-${createHash('sha256').update(body).digest('base64')}'`))
      .map(([f]) => f);
    expect(unhashed).toEqual([]);
  });
});

describe('determinism', () => {
  it('a second build of the same tree, with every PDF rendered afresh, is byte-identical to dist/', () => {
    build(AGAIN, { PDF_CACHE: '0' });
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort();
    const a = files(DIST);
    expect(files(AGAIN)).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(AGAIN, f))));
    expect(differ).toEqual([]);
    rmSync(AGAIN, { recursive: true, force: true });
    expect(relative(ROOT, AGAIN)).toBe('.build/test-again');
  }, 600_000);
});
