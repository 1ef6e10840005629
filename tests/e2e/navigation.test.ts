import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from './browser.ts';

let ctx: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  ctx = await site();
});
afterAll(async () => ctx?.close());

describe('in a real Chromium', () => {
  it('the language switch lands on the same anchor in the other script, and back', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hans/urban-development-opinions-2026/#art-12`);
    await Promise.all([page.waitForNavigation(), page.click('a.lang-switch')]);
    expect(page.url()).toBe(`${ctx.served.url}zh-hant/urban-development-opinions-2026/#art-12`);
    expect(await page.$eval('html', (h) => h.lang)).toBe('zh-Hant');
    const top = await page.$eval('#art-12', (el) => el.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
    await Promise.all([page.waitForNavigation(), page.click('a.lang-switch')]);
    expect(page.url()).toBe(`${ctx.served.url}zh-hans/urban-development-opinions-2026/#art-12`);
    await page.close();
  });

  it('/ without JavaScript offers both scripts, and each link works', async () => {
    const page = await ctx.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(ctx.served.url);
    const links = await page.$$eval('main a', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent?.trim() })));
    expect(links).toEqual([
      { href: `${ctx.served.url}zh-hans/`, text: '简体' },
      { href: `${ctx.served.url}zh-hant/`, text: '繁體' },
    ]);
    for (const l of links) {
      const res = await page.goto(l.href);
      expect(res?.status()).toBe(200);
    }
    await page.close();
  });

  it('a returning visitor to / goes to the script chosen last time', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.served.url);
    await Promise.all([page.waitForNavigation(), page.click('a[hreflang="zh-Hant"]')]);
    await page.goto(ctx.served.url, { waitUntil: 'load' });
    await page.waitForFunction((u) => location.href === `${u}zh-hant/`, {}, ctx.served.url);
    expect(page.url()).toBe(`${ctx.served.url}zh-hant/`);
    await page.close();
  });

  it('larger-text mode enlarges type and line spacing, and persists across pages', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hant/briefing-2026-01-21/`);
    const before = await page.$eval('.doc-body p', (p) => [parseFloat(getComputedStyle(p).fontSize), parseFloat(getComputedStyle(p).lineHeight)]);
    await page.click('.large-toggle');
    const after = await page.$eval('.doc-body p', (p) => [parseFloat(getComputedStyle(p).fontSize), parseFloat(getComputedStyle(p).lineHeight)]);
    expect(after[0]! / before[0]!).toBeGreaterThanOrEqual(1.25);
    expect(after[1]! / after[0]!).toBeGreaterThanOrEqual(1.3 * 1.6);
    await page.goto(`${ctx.served.url}zh-hans/`);
    expect(await page.$eval('html', (h) => 'large' in h.dataset)).toBe(true);
    expect(await page.$eval('.large-toggle', (b) => b.getAttribute('aria-pressed'))).toBe('true');
    await page.close();
  });

  it('a missing page answers 404 in the script of the path', async () => {
    const page = await ctx.browser.newPage();
    const res = await page.goto(`${ctx.served.url}zh-hant/no-such-page/`);
    expect(res?.status()).toBe(404);
    expect(await page.$eval('html', (h) => h.lang)).toBe('zh-Hant');
    expect(await page.$eval('main section', (s) => s.getAttribute('lang'))).toBe('zh-Hant');
    await page.close();
  });
});
