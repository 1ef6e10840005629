import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../src/lib/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
const site = join(dir, 'dist');
let served: Served;

/** GET with the path exactly as written (fetch would normalise `..` away before sending it). */
const get = (path: string): Promise<{ status: number; body: string; type: string }> =>
  new Promise((ok, fail) => {
    const url = new URL(served.url);
    request({ host: url.hostname, port: url.port, path }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => ok({ status: res.statusCode!, body, type: String(res.headers['content-type']) }));
    })
      .on('error', fail)
      .end();
  });

beforeAll(async () => {
  mkdirSync(join(site, 'zh-hans'), { recursive: true });
  writeFileSync(join(site, 'zh-hans/index.html'), '<p>首页</p>');
  writeFileSync(join(site, '404.html'), '<p>404</p>');
  writeFileSync(join(site, 'index.pf_meta'), 'meta');
  mkdirSync(join(dir, 'dist-old'));
  writeFileSync(join(dir, 'dist-old/secret.txt'), 'secret');
  writeFileSync(join(dir, 'font.ttf'), 'ttf');
  served = await serve(site, { base: '/sub/', mounts: { 'print-fonts/': (p) => (p === 'sc-400.ttf' ? join(dir, 'font.ttf') : undefined) } });
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the static server', () => {
  it('serves a folder’s index.html under the base, with its type', async () => {
    expect(await get('/sub/zh-hans/')).toMatchObject({ status: 200, body: '<p>首页</p>' });
    expect((await get('/sub/zh-hans/')).type).toMatch(/^text\/html/);
    expect(await get('/sub/index.pf_meta')).toMatchObject({ status: 200, type: 'application/octet-stream' });
  });
  it('answers 404 with the site’s 404 page for a missing file and anything outside the base', async () => {
    expect(await get('/sub/nothing/')).toMatchObject({ status: 404, body: '<p>404</p>' });
    expect(await get('/zh-hans/')).toMatchObject({ status: 404, body: '<p>404</p>' });
  });
  it('refuses every way out of the folder, a sibling whose name starts the same included', async () => {
    for (const path of ['/sub/../dist-old/secret.txt', '/sub/%2e%2e/dist-old/secret.txt', '/sub/..%2fdist-old/secret.txt', '/sub/..%5cdist-old/secret.txt', '/sub/%2e%2e%2fdist-old%2fsecret.txt']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('secret');
    }
  });
  it('answers a mount from its function, and 404 where it has no file', async () => {
    expect(await get('/sub/print-fonts/sc-400.ttf')).toMatchObject({ status: 200, body: 'ttf', type: 'font/ttf' });
    expect((await get('/sub/print-fonts/../../font.ttf')).status).toBe(404);
    expect((await get('/sub/print-fonts/tc-400.ttf')).status).toBe(404);
  });
});
