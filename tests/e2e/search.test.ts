import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { normalise } from '../../src/lib/search/query.ts';
import { readDictionaries } from '../../src/lib/sources.ts';
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
  return body
    .replace(/<nav\b[\s\S]*?<\/nav>/g, '')
    .replace(/<span hidden[^>]*>[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
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
  it('figures', () => {
    console.log(`search: ${stats.queries} queries, recall ${stats.found}/${stats.expected}, no partial result contains the query in ${stats.orderOk}/${stats.queries}, cross-script same documents ${stats.crossSame}/${stats.cross}`);
    expect(stats.queries).toBeGreaterThanOrEqual(60);
    expect(stats.found).toBe(stats.expected);
  });
});
