import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weigh } from '../../scripts/search-payload.ts';
import { site } from './browser.ts';

let ctx: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  ctx = await site();
});
afterAll(async () => ctx?.close());

describe('the 指标一览 page in a real Chromium', () => {
  it('stays within the page budget: ≤ 25 KB gzip until network idle, both scripts', async () => {
    for (const l of ['zh-hans', 'zh-hant']) {
      const bodies = await weigh(ctx.browser, `${ctx.served.url}${l}/targets/`);
      const total = bodies.reduce((s, b) => s + b.gz, 0);
      console.log(`${l}/targets/: ${(total / 1024).toFixed(1)} KB gzip in ${bodies.length} requests`);
      expect(total).toBeLessThanOrEqual(25 * 1024);
    }
  });
  it('filters rows by deadline and kind without a framework; a document with no row left is hidden', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hant/targets/`);
    const visible = () => page.$$eval('.targets tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden && !(r.closest('section') as HTMLElement).hidden).map((r) => [(r as HTMLElement).dataset.year, (r as HTMLElement).dataset.kind]));
    const all = await visible();
    await page.select('select[name="year"]', '2035');
    const y = await visible();
    expect(y.length).toBeGreaterThan(0);
    expect(y.length).toBeLessThan(all.length);
    expect(y.every(([year]) => year === '2035')).toBe(true);
    await page.select('select[name="kind"]', 'achievement');
    const both = await visible();
    expect(both.every(([year, kind]) => year === '2035' && kind === 'achievement')).toBe(true);
    expect(await page.$eval('.targets-filter output', (o) => o.textContent)).toBe(`顯示 ${both.length} 項`);
    await page.select('select[name="year"]', '');
    await page.select('select[name="kind"]', '');
    expect(await visible()).toEqual(all);
    await page.close();
  });
  it('at 390 px no cell is squeezed to a character a line and nothing scrolls sideways', async () => {
    const page = await ctx.browser.newPage();
    for (const width of [390, 1280]) {
      await page.setViewport({ width, height: 800 });
      await page.goto(`${ctx.served.url}zh-hans/targets/`);
      const narrow = await page.$$eval('.targets td, .targets th', (cells) =>
        cells.filter((c) => {
          const r = c.getBoundingClientRect();
          return c.textContent!.trim().length > 1 && r.width > 0 && r.width < 2.2 * parseFloat(getComputedStyle(c).fontSize);
        }).map((c) => c.textContent),
      );
      expect(narrow, `${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(width);
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
