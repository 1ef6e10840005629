import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/lists.ts';
import { site } from './browser.ts';
import { buildIn, sandbox } from './sandbox.ts';

/**
 * Lists long enough to paginate: 120 short documents (3 years, 3 issuers) built as a site of their own, PDFs off.
 * The seed corpus fits on one page; this is where the pager, rel=prev/next and the language switch on page 2 are seen.
 */
const N = 120;
const issuers = ['山东省住房和城乡建设厅', '山东省发展和改革委员会', '济南市人民政府'];
let dir: string;
let out: string;
let build: { status: number; out: string };
let ctx: Awaited<ReturnType<typeof site>>;

beforeAll(async () => {
  dir = sandbox();
  rmSync(join(dir, 'content/sources'), { recursive: true });
  for (let k = 1; k <= N; k++) {
    const id = `sample-${String(k).padStart(3, '0')}`;
    mkdirSync(join(dir, 'content/sources', id), { recursive: true });
    const date = `${2023 + (k % 3)}-${String(1 + (k % 12)).padStart(2, '0')}-${String(1 + (k % 28)).padStart(2, '0')}`;
    writeFileSync(join(dir, 'content/sources', id, 'source.txt'), `城市更新第${k}批项目开工\n\n本报讯 城市更新第${k}批项目近日陆续开工，涉及老旧小区改造和市政设施完善。\n\n有关部门表示，将加快推进项目建设，确保按期完成。\n`);
    writeFileSync(join(dir, 'content/sources', id, 'meta.yml'), `title: 城市更新第${k}批项目开工\ntype: news\nscript: hans\ndate: ${date}\nissuer: ${issuers[k % 3]}\n`);
  }
  build = buildIn(dir, { PDF: '0' });
  out = join(dir, 'dist');
  if (build.status === 0) ctx = await site(out);
}, 600_000);
afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = (p: string) => readFileSync(join(out, p, 'index.html'), 'utf8');
const listed = (html: string) => [...html.matchAll(/<a class="doc-list-title" href="\/[^/]+\/([^/]+)\/"/g)].map((m) => m[1]!);

describe('a corpus of 120 documents', () => {
  it('builds', () => expect(build.status, build.out.slice(-2000)).toBe(0));
  it('the full list is three pages of at most the page size, each document once, newest first', () => {
    const pages = ['zh-hans/documents/', 'zh-hans/documents/2/', 'zh-hans/documents/3/'].map(read);
    const ids = pages.flatMap(listed);
    expect(pages.map((p) => listed(p).length)).toEqual([PAGE_SIZE, PAGE_SIZE, N - 2 * PAGE_SIZE]);
    expect(new Set(ids).size).toBe(N);
    expect(pages[1]).toContain('<ol class="doc-list" start="51">');
  });
  it('page 2 links its neighbours (head and bar), says where it is and marks itself', () => {
    for (const [l, word] of [['zh-hans', '第 2 页，共 3 页'], ['zh-hant', '第 2 頁，共 3 頁']] as const) {
      const html = read(`${l}/documents/2/`);
      expect(html).toContain(`<link rel="prev" href="/${l}/documents/">`);
      expect(html).toContain(`<link rel="next" href="/${l}/documents/3/">`);
      expect(html).toMatch(new RegExp(`<nav class="list-pager" aria-label="分[页頁]"><p class="list-pager-status">${word}</p>`));
      expect(html).toMatch(new RegExp(`<a href="/${l}/documents/2/" aria-label="[^"]+" aria-current="page">2</a>`));
      expect(html).toMatch(/<a href="[^"]+\/documents\/" rel="prev">/);
    }
    const first = read('zh-hans/documents/');
    expect(first).not.toContain('rel="prev"');
    expect(read('zh-hans/documents/3/')).not.toMatch(/<link rel="next"/);
  });
  it('a facet is paginated the same way and its counts add up', () => {
    const values = [...read('zh-hans/documents/').matchAll(/href="\/zh-hans\/(documents\/year\/\d+\/)"[^>]*>\d+<span class="count">(\d+)<\/span>/g)];
    expect(values.reduce((s, m) => s + Number(m[2]), 0)).toBe(N);
    expect(values.length).toBe(3);
    const year = values[0]![1]!;
    const count = Number(values[0]![2]);
    const pages = Math.ceil(count / PAGE_SIZE);
    expect(pages).toBeGreaterThan(0);
    const ids = Array.from({ length: pages }, (_, i) => listed(read(`zh-hans/${year}${i ? `${i + 1}/` : ''}`))).flat();
    expect(ids.length).toBe(count);
  });
  it('in a browser at 390 px: no sideways scrolling, the switch keeps the page, axe finds nothing', async () => {
    const page = await ctx.browser.newPage();
    await page.setViewport({ width: 390, height: 800 });
    await page.goto(`${ctx.served.url}zh-hans/documents/2/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // the page numbers are on one row
    const tops = await page.$$eval('.list-pager li:not(.list-pager-step)', (els) => [...new Set(els.map((e) => Math.round(e.getBoundingClientRect().top)))]);
    expect(tops.length).toBe(1);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe.run({ resultTypes: ['violations'] });
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await Promise.all([page.waitForNavigation(), page.click('a.lang-switch')]);
    expect(new URL(page.url()).pathname).toBe('/zh-hant/documents/2/');
    await page.close();
  });
});
