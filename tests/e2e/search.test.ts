import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { normalise } from '../../src/lib/search/query.ts';
import { readDictionaries } from '../../src/lib/sources.ts';
import { decodeText } from '../../src/lib/html-entities.ts';
import { DIST, ROOT } from '../helpers.ts';
import { builtPages } from '../helpers-pages.ts';
import { site } from './browser.ts';
import { DOC_NUMBER_QUERIES, QUERIES } from './queries.ts';

const conv = createConverters(readDictionaries(ROOT));
/** The HTML without every element marked data-pagefind-ignore (with its content; nesting of the same tag counted). */
function withoutIgnored(html: string): string {
  const open = /<([a-z0-9]+)\b[^>]*\bdata-pagefind-ignore\b[^>]*>/i;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[1]!.toLowerCase();
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = re.exec(html); t; t = re.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    html = html.slice(0, m.index) + html.slice(end);
  }
  return html;
}
/** What Pagefind indexes: the data-pagefind-body region minus navigation and data-pagefind-ignore elements, as text. */
function indexedText(html: string): string {
  const body = withoutIgnored(html.slice(html.indexOf('data-pagefind-body'), html.lastIndexOf('</article>')));
  const text = body
    .replace(/<nav\b[\s\S]*?<\/nav>/g, '')
    .replace(/<span hidden[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '');
  return decodeText(text);
}
const docPages = (locale: string) => builtPages().filter((p) => p.startsWith(`${locale}/`) && p.split('/').length === 3 && !p.includes('search'));
const texts = new Map(['zh-hans', 'zh-hant'].flatMap((l) => docPages(l).map((p) => [p, normalise(indexedText(readFileSync(join(DIST, p, 'index.html'), 'utf8')))] as const)));

let ctx: Awaited<ReturnType<typeof site>>;
const pages: Record<string, Page> = {};
beforeAll(async () => {
  ctx = await site();
  for (const l of ['zh-hans', 'zh-hant']) {
    pages[l] = await ctx.browser.newPage();
    await pages[l]!.goto(`${ctx.served.url}${l}/search/`);
  }
});
afterAll(async () => ctx?.close());

interface Shown {
  exact: string[];
  partial: string[];
}
async function run(locale: string, q: string): Promise<Shown> {
  const page = pages[locale]!;
  await page.$eval('#search-page-q', (el, v) => ((el as HTMLInputElement).value = v), q);
  await page.$eval('form[data-search-page]', (f) => (f as HTMLFormElement).requestSubmit());
  await page.waitForFunction((v) => (document.querySelector('#search-results') as HTMLElement).dataset.done === v, { timeout: 20_000, polling: 50 }, q);
  return page.$eval('#search-results', (out) => {
    const group = (g: string) => [...out.querySelectorAll(`ol[data-group="${g}"] > li h3 a`)].map((a) => new URL((a as HTMLAnchorElement).href).pathname.replace(/^\//, ''));
    return { exact: group('exact'), partial: group('partial') };
  });
}
const pathOf = (p: string) => p.replace(/^[^/]*\//, '/').replace(/^\/?/, '');
const docsIn = (urls: string[]) => urls.map((u) => u.split('/').slice(-2, -1)[0]).sort();

const stats = { queries: 0, expected: 0, found: 0, orderOk: 0, cross: 0, crossSame: 0 };

describe('search in a real Chromium against the built index', () => {
  for (const locale of ['zh-hans', 'zh-hant'] as const) {
    const inScript = (q: string) => (locale === 'zh-hant' ? conv.toTraditional(q) : q);
    const other = (q: string) => (locale === 'zh-hant' ? q : conv.toTraditional(q));
    for (const q0 of QUERIES) {
      const q = inScript(q0);
      it(`${locale}: ${q}: every page containing it is found, exact matches first; the other script finds the same`, async () => {
        const shown = await run(locale, q);
        const expected = docPages(locale).filter((p) => texts.get(p)!.includes(normalise(q)));
        stats.queries++;
        stats.expected += expected.length;
        const found = expected.filter((p) => shown.exact.some((u) => u.endsWith(pathOf(p)) || u === p));
        stats.found += found.length;
        expect(docsIn(shown.exact)).toEqual(expect.arrayContaining(docsIn(expected)));
        // every page shown as exact really contains the query (or another document's spelling of it)
        for (const u of shown.partial) expect(texts.get(u)?.includes(normalise(q)), `${u} is partial but contains ${q}`).toBe(false);
        stats.orderOk++;
        const cross = await run(locale, other(q0));
        stats.cross++;
        expect(docsIn(cross.exact)).toEqual(docsIn(shown.exact));
        stats.crossSame++;
      });
    }
    for (const q0 of DOC_NUMBER_QUERIES) {
      it(`${locale}: document number ${q0} finds the plan first`, async () => {
        const shown = await run(locale, locale === 'zh-hant' ? conv.toTraditional(q0) : q0);
        expect(shown.exact[0]).toMatch(/urbanization-action-plan-2024-2025\/$/);
      });
    }
  }
  for (const locale of ['zh-hans', 'zh-hant'] as const) {
    it(`${locale}: the type and year filters keep exactly the matching pages, and excerpts carry no filter labels`, async () => {
      // facts from the built pages, not typed in
      const facts = docPages(locale).map((p) => {
        const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
        return { slug: p.split('/').at(-2)!, type: /data-pagefind-filter="type">([^<]*)</.exec(html)?.[1], year: /data-pagefind-filter="year">([^<]*)</.exec(html)?.[1] };
      });
      const q = locale === 'zh-hant' ? conv.toTraditional('城市') : '城市';
      const all = await run(locale, q);
      const slugs = (s: Shown) => [...s.exact, ...s.partial].map((u) => u.split('/').at(-2)!).sort();
      const page = pages[locale]!;
      // the choices the form offers, each of which some page carries
      const types = await page.$$eval('form[data-search-page] input[name=type]', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
      const years = await page.$$eval('#search-page-year option', (os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(types.length).toBeGreaterThan(1);
      expect(years.length).toBeGreaterThan(1);
      for (const v of types) expect(facts.some((f) => f.type === v), v).toBe(true);
      for (const v of years) expect(facts.some((f) => f.year === v), v).toBe(true);
      const filtered = async (name: string, value: string) => {
        await page.$$eval('form[data-search-page] input[type=checkbox]', (boxes, v) => boxes.forEach((b) => ((b as HTMLInputElement).checked = (b as HTMLInputElement).value === v)), name === 'type' ? value : '');
        await page.$eval('#search-page-year', (sel, v) => ((sel as HTMLSelectElement).value = v), name === 'year' ? value : '');
        await page.$eval('#search-results', (out) => delete (out as HTMLElement).dataset.done);
        return run(locale, q);
      };
      for (const [name, values] of [['type', types], ['year', years]] as const)
        for (const value of values) {
          const expected = facts.filter((f) => f[name] === value).map((f) => f.slug);
          const shown = slugs(await filtered(name, value));
          expect(shown.length, `${name} ${value}`).toBeGreaterThan(0);
          expect(expected, `${name} ${value}`).toEqual(expect.arrayContaining(shown));
          expect(shown, `${name} ${value}`).toEqual(slugs(all).filter((x) => expected.includes(x)));
        }
      await filtered('type', '');
      // the hidden filter and type labels are not indexed text (they once leaked into excerpts as 报道2025news)
      const excerpts = await page.$$eval('#search-results li p:not(.hit-meta)', (ps) => ps.map((p) => p.textContent ?? ''));
      for (const e of excerpts) expect(e).not.toMatch(/(policy|briefing|news|reference)\b|\d{4}(policy|briefing|news)/);
    });
  }
  it('figures', () => {
    console.log(`search: ${stats.queries} queries, recall ${stats.found}/${stats.expected}, no partial result contains the query in ${stats.orderOk}/${stats.queries}, cross-script same documents ${stats.crossSame}/${stats.cross}`);
    expect(stats.queries).toBeGreaterThanOrEqual(60);
    expect(stats.found).toBe(stats.expected);
  });
});
