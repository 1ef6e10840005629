import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/lib/i18n/locales.ts';
import { HOME_NEWEST, PAGE_SIZE, splitIssuers } from '../../src/lib/lists.ts';
import { SITEMAP_URLS } from '../../src/lib/sitemap.ts';
import { DIST, ROOT } from '../helpers.ts';
import { builtPages } from '../helpers-pages.ts';

/** The home page, the lists of documents and the sitemap of the real build (README, “The site”). */
const read = (p: string) => readFileSync(join(DIST, p.endsWith('/') || p === '' ? `${p}index.html` : p), 'utf8');
const field = (mdx: string, k: string) => new RegExp(`^${k}: "([^"]*)"$`, 'm').exec(mdx)?.[1];
/** the listed documents of a script as the generated files state them: variants merged into another are not listed */
const docs = (l: string) =>
  readdirSync(join(ROOT, 'content/generated', l))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(join(ROOT, 'content/generated', l, f), 'utf8'))
    .filter((m) => !field(m, 'mergedInto'))
    .map((m) => ({ id: field(m, 'docId')!, type: field(m, 'type')!, year: field(m, 'date')!.slice(0, 4), issuers: splitIssuers(field(m, 'issuer') ?? field(m, 'publisher')) }));
const pages = builtPages();
const listPages = (l: string) => pages.filter((p) => p.startsWith(`${l}/documents/`));
/** ids linked from a list page's list (not its navigation) */
const listed = (html: string) => [...(/<ol class="doc-list"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '').matchAll(/<a class="doc-list-title" href="\/[^/]+\/([^/]+)\/"/g)].map((m) => m[1]!);
/** the facet navigation's values: path, label and count */
const nav = (html: string) =>
  [...(/<nav class="facets"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/<a href="\/[^/]+\/(documents\/(type|year|issuer)\/[^"]+)"[^>]*>([^<]+)<span class="count">(\d+)<\/span>/g)].map((m) => ({
    path: m[1]!,
    kind: m[2]!,
    label: m[3]!,
    count: Number(m[4]),
  }));

describe.each(localeIds)('lists of documents: %s', (l) => {
  const all = docs(l);
  const full = listPages(l).filter((p) => /^[^/]+\/documents\/(\d+\/)?$/.test(p));
  it('the full list, each facet’s index and each facet value have a page', () => {
    for (const p of ['documents/', 'documents/type/', 'documents/year/', 'documents/issuer/']) expect(pages, p).toContain(`${l}/${p}`);
    expect(full.length).toBe(Math.ceil(all.length / PAGE_SIZE));
    for (const t of new Set(all.map((d) => d.type))) expect(pages).toContain(`${l}/documents/type/${t}/`);
    for (const y of new Set(all.map((d) => d.year))) expect(pages).toContain(`${l}/documents/year/${y}/`);
    expect(listPages(l).filter((p) => /\/issuer\/[a-z][0-9a-z]{7}\/$/.test(p)).length).toBe(new Set(all.flatMap((d) => d.issuers)).size);
  });
  it('every document is on exactly one page of the full list', () => {
    const ids = full.flatMap((p) => listed(read(p)));
    expect(ids.sort()).toEqual(all.map((d) => d.id).sort());
  });
  it('no list page holds more than the page size', () => {
    for (const p of listPages(l)) {
      const html = read(p);
      expect((/<ol class="doc-list"[\s\S]*?<\/ol>/.exec(html)?.[0].match(/<li>/g) ?? []).length, p).toBeLessThanOrEqual(PAGE_SIZE);
    }
  });
  it('facet counts add up and each value’s pages hold exactly that many documents', () => {
    const values = nav(read(`${l}/documents/`));
    const sum = (k: string) => values.filter((v) => v.kind === k).reduce((s, v) => s + v.count, 0);
    expect(sum('type')).toBe(all.length);
    expect(sum('year')).toBe(all.length);
    expect(sum('issuer')).toBe(all.reduce((s, d) => s + d.issuers.length, 0));
    for (const v of values) {
      const own = listPages(l).filter((p) => p === `${l}/${v.path}` || new RegExp(`^${l}/${v.path}\\d+/$`).test(p));
      expect(own.flatMap((p) => listed(read(p))).length, v.path).toBe(v.count);
    }
    const policy = listed(read(`${l}/documents/type/policy/`));
    expect(policy.sort()).toEqual(all.filter((d) => d.type === 'policy').map((d) => d.id).sort());
  });
  it('the current facet value is marked, its group open; the list says how many', () => {
    const html = read(`${l}/documents/year/2026/`);
    expect(html).toMatch(/<details class="facet" open><summary class="facet-name" id="facet-year">/);
    expect(html).toMatch(/<a href="\/[^/]+\/documents\/year\/2026\/" aria-current="page">2026<span class="count">\d+<\/span>/);
    expect(html).toMatch(/<p class="list-summary">[^<]*\d+/);
    // the way back to the whole list, set apart by a margin: no space between the count's last character and it
    expect(html).toMatch(/<p class="list-summary">[^<]*[^\s<]<a class="list-clear" href="\/[^/]+\/documents\/">/);
  });
  it('the language switch of every list page lands on the same list in the other script', () => {
    for (const p of listPages(l)) {
      const sw = /<a class="lang-switch" href="\/([^"]+)"/.exec(read(p))?.[1];
      expect(sw, p).toBe(p.replace(/^[^/]+/, localeIds.find((x) => x !== l)!));
      expect(existsSync(join(DIST, sw!, 'index.html')), sw).toBe(true);
    }
  });
  it('an issuer has the same slug in both scripts, the label in each script', () => {
    const here = nav(read(`${l}/documents/`)).filter((v) => v.kind === 'issuer');
    const there = nav(read(`${localeIds.find((x) => x !== l)}/documents/`)).filter((v) => v.kind === 'issuer');
    expect(here.map((v) => v.path)).toEqual(there.map((v) => v.path));
    expect(here.map((v) => v.label).sort()).toEqual([...new Set(all.flatMap((d) => d.issuers))].sort());
  });
  it('the home page is bounded: at most the newest N cards, links to the lists and every facet', () => {
    const html = read(`${l}/`);
    const cards = (/<ul class="cards">[\s\S]*?<\/ul>/.exec(html)?.[0].match(/<li>/g) ?? []).length;
    expect(cards).toBe(Math.min(all.length, HOME_NEWEST));
    expect(html).toContain(`href="/${l}/documents/"`);
    expect(nav(html).filter((v) => v.kind === 'type').length).toBe(new Set(all.map((d) => d.type)).size);
    expect(html).not.toContain('class="timeline"');
  });
});

describe('pagination markup', () => {
  it('a single page has no pager and no rel=prev/next', () => {
    const html = read('zh-hans/documents/');
    expect(html).not.toContain('class="list-pager"');
    expect(html).not.toMatch(/rel="(prev|next)"/);
  });
});

describe('sitemap index', () => {
  const SITE = 'https://policy.example.org/';
  const index = read('sitemap.xml');
  const parts = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1]!);
  it('/sitemap.xml is a valid index of parts /sitemaps/<n>.xml', () => {
    expect(XMLValidator.validate(index)).toBe(true);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(parts).toEqual(parts.map((_, i) => `${SITE}sitemaps/${i + 1}.xml`));
    expect(parts.length).toBeGreaterThan(0);
  });
  it('each part is valid, within the protocol’s limits, every URL with both scripts as alternates', () => {
    for (const part of parts) {
      const xml = read(new URL(part).pathname.slice(1));
      expect(XMLValidator.validate(xml)).toBe(true);
      const n = xml.match(/<url>/g)?.length ?? 0;
      expect(n).toBeLessThanOrEqual(SITEMAP_URLS);
      expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);
      expect(xml.match(/hreflang="zh-Hans"/g)?.length).toBe(n);
      expect(xml.match(/hreflang="zh-Hant"/g)?.length).toBe(n);
    }
  });
  it('together the parts list every indexable built page once, the lists included', () => {
    const locs = parts.flatMap((part) => [...read(new URL(part).pathname.slice(1)).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1)));
    const indexable = pages.filter((p) => /^zh-han[st]\//.test(p) && !read(p).includes('name="robots" content="noindex"'));
    expect([...locs].sort()).toEqual(indexable.sort());
    expect(locs).toContain('zh-hant/documents/issuer/');
  });
  it('robots.txt points at the index', () => expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap.xml`));
});
