import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weigh } from '../../scripts/search-payload.ts';
import { site } from './browser.ts';

let ctx: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  ctx = await site();
});
afterAll(async () => ctx?.close());

describe('the 指标一览 pages in a real Chromium', () => {
  it('stay within the page budget: ≤ 25 KB gzip until network idle, the summary and the largest deadline, both scripts', async () => {
    for (const l of ['zh-hans', 'zh-hant']) {
      for (const path of ['targets/', 'targets/2025/']) {
        const bodies = await weigh(ctx.browser, `${ctx.served.url}${l}/${path}`);
        const total = bodies.reduce((s, b) => s + b.gz, 0);
        console.log(`${l}/${path}: ${(total / 1024).toFixed(1)} KB gzip in ${bodies.length} requests`);
        expect(total).toBeLessThanOrEqual(25 * 1024);
      }
    }
  });
  it('the summary links each deadline to its page; a deadline’s page holds its figures only and links the others', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hant/targets/`);
    const links = await page.$$eval('.slice-summary tbody th a', (as) => as.map((a) => [a.textContent, new URL((a as HTMLAnchorElement).href).pathname]));
    expect(links).toContainEqual(['2035', '/zh-hant/targets/2035/']);
    expect(links).toContainEqual(['未載明', '/zh-hant/targets/none/']);
    await Promise.all([page.waitForNavigation(), page.click('.slice-summary a[href$="/targets/2035/"]')]);
    const years = await page.$$eval('.targets tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.year));
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((y) => y === '2035')).toBe(true);
    expect(await page.$eval('.slice-nav [aria-current="page"]', (e) => e.textContent)).toBe('2035');
    await page.close();
  });
  it('filters a page’s rows by kind without a framework; a document with no row left is hidden', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hant/targets/2025/`);
    const visible = () => page.$$eval('.targets tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden && !(r.closest('section') as HTMLElement).hidden).map((r) => [(r as HTMLElement).dataset.year, (r as HTMLElement).dataset.kind]));
    const all = await visible();
    expect(new Set(all.map(([, kind]) => kind)).size).toBeGreaterThan(1);
    await page.select('select[name="kind"]', 'achievement');
    const some = await visible();
    expect(some.length).toBeGreaterThan(0);
    expect(some.length).toBeLessThan(all.length);
    expect(some.every(([year, kind]) => year === '2025' && kind === 'achievement')).toBe(true);
    expect(await page.$eval('.targets-filter output', (o) => o.textContent)).toBe(`顯示 ${some.length} 項`);
    const hidden = await page.$$eval('.targets-doc', (ss) => ss.filter((s) => (s as HTMLElement).hidden).length);
    expect(hidden).toBeGreaterThan(0);
    await page.select('select[name="kind"]', '');
    expect(await visible()).toEqual(all);
    await page.close();
  });
  it('at 390 px no cell is squeezed to a character a line and nothing scrolls sideways', async () => {
    const page = await ctx.browser.newPage();
    for (const width of [390, 1280]) {
      await page.setViewport({ width, height: 800 });
      for (const path of ['targets/', 'targets/2025/']) {
        await page.goto(`${ctx.served.url}zh-hans/${path}`);
        // squeezed: a text of several characters broken one character a line. Measured on the characters' own boxes,
        // not against the font size: without CJK fonts (as in CI) a glyph is a narrower fallback box
        const narrow = await page.$$eval('.targets td, .targets th, .slice-summary td, .slice-summary th', (cells) =>
          cells
            .filter((c) => {
              if (c.getBoundingClientRect().width === 0) return false;
              const lines = new Map<number, number>();
              const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                for (let i = 0; i < n.textContent!.length; i++) {
                  if (!n.textContent![i]!.trim()) continue;
                  const range = document.createRange();
                  range.setStart(n, i);
                  range.setEnd(n, i + 1);
                  const top = Math.round(range.getBoundingClientRect().top);
                  lines.set(top, (lines.get(top) ?? 0) + 1);
                }
              }
              return lines.size > 1 && Math.max(...lines.values()) <= 1;
            })
            .map((c) => c.textContent),
        );
        expect(narrow, `${width}px ${path}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px ${path}`).toBeLessThanOrEqual(width);
      }
    }
    await page.close();
  });
});

describe('two reading details of the document pages', () => {
  it('the table of contents shows the documents’ own numbering only (no list marker before 一、 or （一）)', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hans/urban-development-opinions-2026/`);
    const items = await page.$$eval('.toc li', (lis) => lis.map((li) => [getComputedStyle(li).listStyleType, li.querySelector('a')!.textContent!.trim()]));
    expect(items.length).toBeGreaterThan(20);
    expect(items.filter(([marker]) => marker !== 'none')).toEqual([]);
    expect(items.some(([, label]) => label!.startsWith('一、'))).toBe(true);
    await page.close();
  });
  it('a citation badge names the cited document briefly, in both scripts', async () => {
    const page = await ctx.browser.newPage();
    for (const [l, name] of [['zh-hans', '《实施意见》'], ['zh-hant', '《實施意見》']] as const) {
      await page.goto(`${ctx.served.url}${l}/briefing-2026-01-21/`);
      const badges = await page.$$eval('.cites a', (as) => as.map((a) => a.textContent!.trim()));
      expect(badges.length).toBeGreaterThan(5);
      expect(badges.every((b) => b.startsWith(name) || /^《[^》]+》/.test(b))).toBe(true);
      expect(badges.filter((b) => b.startsWith('原文'))).toEqual([]);
      expect(badges).toContain(`${name}（一）`);
    }
    await page.close();
  });
});
