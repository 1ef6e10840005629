import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers.ts';
import { builtPages } from '../helpers-pages.ts';

/**
 * Internal link check over the built files: every <a href>, <link href> and <script src> resolves to a file, every
 * #fragment to an id on the target page, and no link crosses scripts except the language switch (data-keep-hash).
 */
const pages = builtPages();
const file = (p: string) => join(DIST, p.endsWith('/') || p === '' ? `${p}index.html` : p);
const ids = new Map<string, Set<string>>();
const idsOf = (p: string) => {
  if (!ids.has(p)) ids.set(p, new Set([...readFileSync(file(p), 'utf8').matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!)));
  return ids.get(p)!;
};
const scriptOf = (p: string) => /^(zh-hans|zh-hant)\//.exec(p)?.[1];

describe('links in the built site', () => {
  const broken: string[] = [];
  const crossing: string[] = [];
  let count = 0;
  for (const page of pages) {
    const html = readFileSync(file(page), 'utf8');
    for (const m of html.matchAll(/<(a|link|script)\b([^>]*)>/g)) {
      const attrs = m[2]!;
      const ref = /\b(?:href|src)="([^"]*)"/.exec(attrs)?.[1];
      if (!ref || /^(https?:|mailto:)/.test(ref)) continue;
      if (m[1] === 'link' && /rel="(canonical|alternate)"/.test(attrs)) continue;
      count++;
      const url = new URL(ref, `http://site/${page}`);
      const target = decodeURIComponent(url.pathname.slice(1));
      if (!existsSync(file(target))) {
        broken.push(`/${page} → ${ref}`);
        continue;
      }
      if (url.hash && target.endsWith('/') && !idsOf(target).has(url.hash.slice(1))) broken.push(`/${page} → ${ref} (no such anchor)`);
      const from = scriptOf(page);
      const to = scriptOf(target);
      if (m[1] === 'a' && from && to && from !== to && !/data-keep-hash/.test(attrs)) crossing.push(`/${page} → ${ref}`);
    }
  }
  it('checks a real number of links', () => expect(count).toBeGreaterThan(300));
  it('0 broken links or anchors', () => expect(broken).toEqual([]));
  it('0 links across scripts outside the language switch', () => expect(crossing).toEqual([]));
});

describe('lang attributes', () => {
  it.each(pages)('/%s has the right lang', (page) => {
    const html = readFileSync(file(page), 'utf8');
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    const expected = scriptOf(page) === 'zh-hant' ? 'zh-Hant' : 'zh-Hans';
    expect(lang).toBe(expected);
    if (!scriptOf(page)) expect(html).toContain('lang="zh-Hant"');
  });
});

describe('site files', () => {
  it('the sitemap (an index of parts) lists every page in both scripts with hreflang alternates', () => {
    const index = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const parts = [...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    const xml = parts.map((p) => readFileSync(join(DIST, p), 'utf8')).join('\n');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
    const indexable = pages.filter((p) => scriptOf(p) && !readFileSync(file(p), 'utf8').includes('name="robots" content="noindex"'));
    expect(locs.sort()).toEqual(indexable.sort());
    expect(xml.match(/hreflang="zh-Hant"/g)?.length).toBe(locs.length);
  });
  it('robots.txt points to the sitemap; a favicon exists', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
  });
  it('every page has a canonical URL, a description and OpenGraph tags', () => {
    for (const page of pages.filter((p) => scriptOf(p) && !p.includes('/search/'))) {
      const html = readFileSync(file(page), 'utf8');
      expect(html, page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{4,}"/);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
  });
});
