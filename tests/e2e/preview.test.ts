import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv } from '../../src/lib/options.ts';
import { connect, type TestBrowser } from './browser.ts';
import { sandbox } from './sandbox.ts';

/**
 * npm run dev as an editor uses it: the page open in a browser, a source saved, the page shows the new text; a
 * broken meta.yml shows the error in the terminal and the browser's overlay, the server keeps running, and the fix
 * is picked up on the next save.
 */
const ID = 'urban-work-conference-2025-09-18';
let dir: string;
let server: ChildProcess;
let url: string;
let log = '';
let browser: TestBrowser;

beforeAll(async () => {
  dir = sandbox();
  const port = 47000 + Math.floor(Math.random() * 2000);
  server = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: childEnv(),
  });
  // colours off in what is kept: under CI=true the dev server's banner is coloured between its words
  const keep = (d: Buffer) => (log += String(d).replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', keep);
  server.stderr!.on('data', keep);
  const start = Date.now();
  while (!/Local\s+http:\/\/127\.0\.0\.1:(\d+)/.test(log)) {
    if (Date.now() - start > 60_000) throw new Error(`dev server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  url = `http://127.0.0.1:${/Local\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(log)![1]}/`;
  browser = await connect();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const until = async (what: string, ok: () => Promise<boolean> | boolean, ms = 30_000) => {
  const start = Date.now();
  while (!(await ok())) {
    if (Date.now() - start > ms) throw new Error(`${what} did not happen in ${ms} ms; server log:\n${log.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

describe('live preview (npm run dev)', () => {
  it('a saved source reaches the open page; a broken meta.yml is shown, not a crash; the fix is picked up', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}zh-hans/${ID}/`, { waitUntil: 'load' });
    const text = () => page.evaluate(() => document.querySelector('.doc-body')?.textContent ?? '').catch(() => '');
    expect(await text()).not.toContain('预览新增的一句话');
    const source = join(dir, 'content/sources', ID, 'source.txt');
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('9月18日,全省城市工作会议在济南召开。', '9月18日,全省城市工作会议在济南召开。预览新增的一句话。'),
    );
    await until('the new sentence on the open page', async () => (await text()).includes('预览新增的一句话'));

    const meta = join(dir, 'content/sources', ID, 'meta.yml');
    const good = readFileSync(meta, 'utf8');
    appendFileSync(meta, 'autor: 某人\n');
    await until('the error in the terminal', () =>
      /content error: content\/sources\/urban-work-conference-2025-09-18\/meta\.yml:\d+: autor: unknown key autor/.test(log),
    );
    await until('the error overlay', () => page.evaluate(() => !!document.querySelector('vite-error-overlay')).catch(() => false));
    expect(server.exitCode).toBeNull();
    await page.reload({ waitUntil: 'load' });
    await until('the error overlay on a page loaded while the error stands', () =>
      page.evaluate(() => !!document.querySelector('vite-error-overlay')).catch(() => false),
    );

    writeFileSync(meta, good);
    writeFileSync(source, readFileSync(source, 'utf8').replace('预览新增的一句话。', '修好之后的一句话。'));
    // no navigation: the open page reloads itself with the fixed text
    await until('the fixed text', async () => (await text()).includes('修好之后的一句话'));
    await page.close();
  }, 120_000);
});
