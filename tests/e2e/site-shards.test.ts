import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/lib/serve.ts';
import { connect, type TestBrowser } from './browser.ts';
import { QUERIES } from './queries.ts';
import { assembleIn, buildIn, sandbox } from './sandbox.ts';

/**
 * A library built in parts, as on many machines: SHARD=1/2 and SHARD=2/2 each build their documents into a folder of
 * their own, `npm run assemble` joins them. The joined site must be the single build's, file for file and byte for
 * byte, except the search index, which the parted build cuts in parts of 4 pages (SEARCH_PAGES) merged in the
 * browser: it must find the same pages for every seed query. BOOKLET_DOCS=2 makes the five seeds several volumes, so
 * both parts hold documents.
 */
const common = { PDF: '0', BOOKLET_DOCS: '2' } as const;
let dir: string;
const runs = {} as Record<"single" | "p1" | "p2" | "joined" | "missing", { status: number; out: string }>;
const out = (name: string) => join(dir, `out-${name}`);
beforeAll(() => {
  dir = sandbox();
  runs.single = buildIn(dir, { ...common, OUT_DIR: out('single') });
  for (const k of [1, 2] as const) runs[`p${k}`] = buildIn(dir, { ...common, SHARD: `${k}/2`, OUT_DIR: out(`p${k}`) });
  runs.joined = assembleIn(dir, [out('p1'), out('p2')], { ...common, SEARCH_PAGES: '4', OUT_DIR: out('joined') });
  runs.missing = assembleIn(dir, [out('p1')], { ...common, OUT_DIR: out('missing') });
}, 600_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const files = (d: string) => readdirSync(d, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('pagefind') && statSync(join(d, f)).isFile()).sort();
const docsOf = (d: string, locale: string) => readdirSync(join(d, locale), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(d, locale, e.name, 'index.html')) && readFileSync(join(d, locale, e.name, 'index.html'), 'utf8').includes('data-pagefind-body')).map((e) => e.name).sort();

describe('a library built in parts and joined', () => {
  it('each part builds its own documents, and together all of them, each once', () => {
    for (const r of Object.entries(runs).filter(([k]) => k !== 'missing')) expect(r[1].status, r[1].out.slice(-2000)).toBe(0);
    const p1 = docsOf(out('p1'), 'zh-hans');
    const p2 = docsOf(out('p2'), 'zh-hans');
    expect(p1.length).toBeGreaterThan(0);
    expect(p2.length).toBeGreaterThan(0);
    expect(p1.filter((d) => p2.includes(d))).toEqual([]);
    expect([...p1, ...p2].sort()).toEqual(docsOf(out('single'), 'zh-hans'));
    // the pages about the whole library come from part 1 only
    expect(existsSync(join(out('p1'), 'zh-hans/index.html'))).toBe(true);
    expect(existsSync(join(out('p2'), 'zh-hans/index.html'))).toBe(false);
  });

  it('the joined site is the single build, byte for byte, search index aside', () => {
    const a = files(out('single'));
    expect(files(out('joined'))).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(out('single'), f)).equals(readFileSync(join(out('joined'), f))));
    expect(differ).toEqual([]);
  });

  it('the search index is in parts, listed in pagefind/parts.json; the single build has one', () => {
    const parts = JSON.parse(readFileSync(join(out('joined'), 'pagefind/parts.json'), 'utf8')) as string[];
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(existsSync(join(out('joined'), 'pagefind', p, 'pagefind-entry.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out('single'), 'pagefind/parts.json'), 'utf8'))).toEqual([]);
    // the parts, built two at once (SEARCH_JOBS), hold every page the single index holds
    const pages = (o: string) => Number(/search index: (\d+) pages in \d+ ms/.exec(o)?.[1]);
    expect(runs.joined.out).toMatch(new RegExp(`search index: \\d+ pages in \\d+ ms \\(${parts.length + 1} parts, 2 at once\\)`));
    expect(pages(runs.joined.out)).toBe(pages(runs.single.out));
    expect(pages(runs.single.out)).toBeGreaterThan(0);
  });

  it('assembly with a part missing fails, naming what it expected, and writes nothing', () => {
    expect(runs.missing.status).not.toBe(0);
    expect(runs.missing.out).toMatch(/expected the parts 1\/2, 2\/2; got 1\/2/);
    expect(existsSync(out('missing'))).toBe(false);
  });
});

describe('search over the joined parts finds what the single index finds', () => {
  let browser: TestBrowser;
  const servers: { close: () => Promise<void> }[] = [];
  const pages: Record<string, Page> = {};
  beforeAll(async () => {
    browser = await connect();
    for (const name of ['single', 'joined', 'cores']) {
      const s = await serve(out(name === 'cores' ? 'joined' : name));
      servers.push(s);
      pages[name] = await browser.newPage();
      // a reader's device of four cores: the parts after the first are searched by three workers at once
      if (name === 'cores') await pages[name]!.evaluateOnNewDocument(() => Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }));
      // the web workers the page starts, by address
      await pages[name]!.evaluateOnNewDocument(() => {
        const started: string[] = ((window as unknown as { workersStarted: string[] }).workersStarted = []);
        const Native = window.Worker;
        window.Worker = class extends Native {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            started.push(new URL(url, location.href).pathname);
          }
        };
      });
      await pages[name]!.goto(`${s.url}zh-hans/search/`);
    }
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });
  const run = async (page: Page, q: string) => {
    await page.$eval('#search-page-q', (el, v) => ((el as HTMLInputElement).value = v), q);
    await page.$eval('form[data-search-page]', (f) => (f as HTMLFormElement).requestSubmit());
    await page.waitForFunction((v) => (document.querySelector('#search-results') as HTMLElement).dataset.done === v, { timeout: 20_000, polling: 50 }, q);
    return page.$eval('#search-results', (o) => {
      const group = (g: string) => [...o.querySelectorAll(`ol[data-group="${g}"] > li h3 a`)].map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort();
      return { exact: group('exact'), partial: group('partial') };
    });
  };
  it('with the index in parts, the results of the first part are shown first, then the whole list', async () => {
    const page = pages.joined!;
    const base = new URL('/', page.url()).href;
    // the first part's pages holding 城市, from its own Pagefind (pagefind/ alone, no parts merged)
    // (on a page of its own, whose Pagefind is not the search's; a string: vitest would rewrite an import() in a function)
    const probe = await browser.newPage();
    await probe.goto(page.url());
    const own = (await probe.evaluate(`(async () => {
      const pf = await import('${base}pagefind/pagefind.js');
      const results = (await pf.createInstance({ basePath: '${base}pagefind/', noWorker: true }).search('城市')).results;
      return (await Promise.all(results.map((r) => r.data()))).map((d) => new URL(d.url, '${base}').pathname);
    })()`)) as string[];
    await probe.close();
    // a first query warms the index (the first query of a page shows a quick first look before the parts)
    await run(page, '韧性');
    await page.evaluate(() => {
      const o = document.querySelector('#search-results') as HTMLElement;
      const w = window as unknown as { firstShown?: string[]; stillSearching?: boolean };
      delete w.firstShown;
      new MutationObserver(() => {
        if (!o.dataset.first || o.dataset.done || w.firstShown) return;
        w.firstShown = [...o.querySelectorAll('li.hit h3 a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname);
        w.stillSearching = !!o.querySelector('.searching');
      }).observe(o, { attributes: true, childList: true });
    });
    const all = await run(page, '城市');
    const { first, stillSearching } = await page.evaluate(() => {
      const w = window as unknown as { firstShown?: string[]; stillSearching?: boolean };
      return { first: w.firstShown, stillSearching: w.stillSearching };
    });
    // the first list says the rest is being searched; the complete one does not
    expect(stillSearching).toBe(true);
    expect(await page.$('#search-results .searching')).toBeNull();
    expect(first?.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(all.exact.length);
    // exactly the first part's pages, shown before the other parts have answered
    expect([...first!].sort()).toEqual([...own].sort());
    expect([...all.exact, ...all.partial]).toEqual(expect.arrayContaining(first!));
  });

  it('a part of the index that does not load: the search says so, is no longer busy, and the next query tries again', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    let block = true;
    page.on('request', (r) => (block && /\/pagefind\/part-/.test(r.url()) ? r.abort() : r.continue()));
    await page.goto(pages.joined!.url());
    const error = (JSON.parse(readFileSync(join(dir, 'src/lib/i18n/ui.zh-Hans.json'), 'utf8')) as Record<string, string>)['search.error']!;
    await run(page, '城市');
    expect(await page.$eval('#search-results', (o) => ({ text: o.textContent, busy: o.getAttribute('aria-busy'), searching: !!o.querySelector('.searching') }))).toEqual({ text: error, busy: null, searching: false });
    block = false;
    const again = await run(page, '城市更新');
    expect(again.exact.length).toBeGreaterThan(0);
    expect(again.exact).toEqual((await run(pages.single!, '城市更新')).exact);
    await page.close();
  });

  // The search's promise is every page holding the query, shown as exact: that must not change. Pagefind's other
  // candidates (pages without the query, shown as partial) depend on each index's own statistics, and do.
  for (const q of QUERIES) {
    it(`${q}: the same pages hold it`, async () => {
      const single = await run(pages.single!, q);
      // (a query of the set may hold in no seed: both must then find nothing)
      if (q === '城市') expect(single.exact.length).toBeGreaterThan(3);
      expect((await run(pages.joined!, q)).exact).toEqual(single.exact);
      expect((await run(pages.cores!, q)).exact).toEqual(single.exact);
    });
  }
  it('the other parts are searched by a worker for each core but the page’s (at most as many as the parts)', async () => {
    const parts = (JSON.parse(readFileSync(join(out('joined'), 'pagefind/parts.json'), 'utf8')) as string[]).length;
    expect(parts).toBeGreaterThan(1);
    const workers = async (p: Page) => {
      await run(p, '城市');
      return p.evaluate(() => (window as unknown as { workersStarted: string[] }).workersStarted.filter((u) => u.endsWith('/pagefind-worker.js')).length);
    };
    expect(await workers(pages.cores!)).toBe(Math.min(3, parts));
    const cores = await pages.joined!.evaluate(() => navigator.hardwareConcurrency);
    expect(await workers(pages.joined!)).toBe(Math.min(4, Math.max(1, cores - 1), parts));
  });
});
