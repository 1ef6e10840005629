import puppeteer, { type Browser, type BrowserContext } from 'puppeteer-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/render.ts';
import { serve, type Served } from '../../src/lib/serve.ts';
import { DIST } from '../helpers.ts';

// A private window of the run's Chromium (as tests/e2e/browser.ts opens one), with clipboard permissions granted.
let served: Served;
let connection: Browser;
let context: BrowserContext;
const ctx = { served: undefined as unknown as Served, browser: { newPage: () => context.newPage() } };
beforeAll(async () => {
  served = await serve(DIST);
  ctx.served = served;
  connection = await puppeteer.connect({ browserWSEndpoint: inject('chromium') });
  context = await connection.createBrowserContext();
  await context.overridePermissions(served.url.replace(/\/$/, ''), ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});
afterAll(async () => {
  await context?.close();
  await connection?.disconnect();
  await served?.close();
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const SITE = 'https://policy.example.org';

describe('citable clauses in a real Chromium', () => {
  it('zh-hans: the copy control of （十二） puts the citation on the clipboard and announces it', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hans/urban-development-opinions-2026/`);
    await page.waitForSelector('#art-12 .cite-copy');
    const title = await page.$eval('#art-12', (h) =>
      [...h.childNodes]
        .filter((n) => !(n instanceof Element) || n.matches('.num'))
        .map((n) => n.textContent)
        .join(''),
    );
    expect(title).toMatch(/^（十二）\S{4,}/);
    await page.click('#art-12 .cite-copy');
    await page.waitForFunction(() => document.getElementById('cite-status')!.textContent !== '');
    const cite = `《关于推动城市高质量发展的实施意见》${title}，2026年1月21日，${SITE}/zh-hans/urban-development-opinions-2026/#art-12`;
    expect(await clipboard(page)).toBe(cite);
    expect(await page.$eval('#cite-status', (p) => [p.textContent, p.getAttribute('aria-live')])).toEqual([`已复制引文：${cite}`, 'polite']);
    expect(await page.$eval('#art-12 .cite-copy', (b) => b.textContent)).toBe('已复制引文');
    await page.close();
  });

  it('zh-hant: a transcript turn, by keyboard; the name says which clause it cites', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hant/briefing-2026-01-21/`);
    await page.waitForSelector('#turn-2 .cite-copy');
    const name = await page.$eval('#turn-2 .cite-copy', (b) => b.getAttribute('aria-label'));
    expect(name).toMatch(/^複製引文：任海濤（省住房城鄉建設廳黨組書記）$/);
    await page.focus('#turn-2 .cite-copy');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('cite-status')!.textContent !== '');
    expect(await clipboard(page)).toBe(
      `《〈關於推動城市高質量發展的實施意見〉政策例行吹風會文字實錄》任海濤（省住房城鄉建設廳黨組書記），2026年1月21日，${SITE}/zh-hant/briefing-2026-01-21/#turn-2`,
    );
    expect(await page.$eval('#cite-status', (p) => p.textContent)).toMatch(/^已複製引文：《/);
    await page.close();
  });

  it('every part, article, item and turn has one control; paragraphs have only their #', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.served.url}zh-hant/urbanization-action-plan-2024-2025/`);
    await page.waitForSelector('.cite-copy');
    const counts = await page.evaluate(() => ({
      controls: document.querySelectorAll('.cite-copy').length,
      clauses: document.querySelectorAll('.section-part > .heading, .section-article > .heading, .section-item > .heading').length,
      onParagraphs: document.querySelectorAll('.para .cite-copy').length,
    }));
    expect(counts.clauses).toBeGreaterThanOrEqual(35);
    expect(counts).toEqual({ controls: counts.clauses, clauses: counts.clauses, onParagraphs: 0 });
    await page.close();
  });

  it('without JavaScript the plain # link remains and no control is shown', async () => {
    const page = await ctx.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${ctx.served.url}zh-hans/urban-development-opinions-2026/`);
    expect(await page.$$eval('.cite-copy', (b) => b.length)).toBe(0);
    expect(await page.$eval('#art-12 a.anchor', (a) => (a as HTMLAnchorElement).getAttribute('href'))).toBe('#art-12');
    await page.close();
  });
});

describe('readers from Hong Kong, Macao and Taiwan', () => {
  let hk: Browser;
  beforeAll(async () => {
    // a browser of its own, started with a Hong Kong reader's languages
    hk = await launchBrowser(undefined, ['--lang=zh-HK', '--accept-lang=zh-HK,zh;q=0.9,en;q=0.8']);
  });
  afterAll(async () => hk?.close());

  it('a zh-HK browser lands on /zh-hant/', async () => {
    const page = await hk.newPage();
    expect(await page.evaluate(() => navigator.languages[0])).toBe('zh-HK');
    await page.goto(ctx.served.url);
    await page.waitForFunction((u) => location.href === `${u}zh-hant/`, { timeout: 5000 }, ctx.served.url);
    expect(page.url()).toBe(`${ctx.served.url}zh-hant/`);
    await page.close();
  });

  it.each([
    ['zh-MO,zh', 'zh-hant/'],
    ['zh-TW', 'zh-hant/'],
    ['zh-Hant-HK,en', 'zh-hant/'],
    ['en-GB,zh-TW', 'zh-hant/'],
    ['zh-CN,zh-TW', ''],
    ['zh-Hans-HK', ''],
    ['en-US', ''],
  ])('languages %s → /%s', async (languages, target) => {
    const page = await ctx.browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: await connection.userAgent(), acceptLanguage: languages });
    await page.goto(ctx.served.url, { waitUntil: 'load' });
    if (target) await page.waitForFunction((u) => location.href === u, { timeout: 5000 }, `${ctx.served.url}${target}`);
    else await new Promise((r) => setTimeout(r, 300));
    expect(page.url()).toBe(`${ctx.served.url}${target}`);
    await page.close();
  });

  it('a remembered choice wins: a zh-HK reader who chose 简体 goes to /zh-hans/', async () => {
    const page = await hk.newPage();
    await page.goto(ctx.served.url);
    await page.waitForFunction((u) => location.href === `${u}zh-hant/`, {}, ctx.served.url);
    await Promise.all([page.waitForNavigation(), page.click('a.lang-switch')]);
    await page.goto(ctx.served.url, { waitUntil: 'load' });
    await page.waitForFunction((u) => location.href === `${u}zh-hans/`, { timeout: 5000 }, ctx.served.url);
    expect(page.url()).toBe(`${ctx.served.url}zh-hans/`);
    await page.close();
  });
});
