import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SITEMAP_URLS, sitemapIndex, sitemapParts, urlset } from '../../src/lib/sitemap.ts';

const alternates = [
  { lang: 'zh-Hans', path: 'zh-hans' },
  { lang: 'zh-Hant', path: 'zh-hant' },
];
const abs = (p: string) => `https://example.org/${p}`;

describe('sitemap parts', () => {
  it('at 10,000 documents × 2 scripts plus lists, each part stays within the URL limit, both scripts of a page together', () => {
    const paths = Array.from({ length: 27_000 }, (_, i) => `doc-${i}/`);
    const parts = sitemapParts(paths, 2);
    expect(parts.length).toBe(6);
    expect(parts.flat()).toEqual(paths);
    for (const p of parts) expect(p.length * 2).toBeLessThanOrEqual(SITEMAP_URLS);
    expect(SITEMAP_URLS).toBeLessThanOrEqual(50_000);
  });
  it('a part is valid XML with every page in every script and its alternates, under 5 MB when full', () => {
    const paths = Array.from({ length: SITEMAP_URLS / 2 }, (_, i) => `urban-development-opinions-2026-sample-${i}/`);
    const xml = urlset(paths, alternates, abs);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.match(/<url>/g)?.length).toBe(SITEMAP_URLS);
    expect(xml.match(/hreflang="zh-Hant"/g)?.length).toBe(SITEMAP_URLS);
    expect(Buffer.byteLength(xml)).toBeLessThan(5 * 1024 * 1024);
    expect(xml).toContain('<url><loc>https://example.org/zh-hant/urban-development-opinions-2026-sample-0/</loc><xhtml:link rel="alternate" hreflang="zh-Hans" href="https://example.org/zh-hans/urban-development-opinions-2026-sample-0/"/>');
  });
  it('the index lists its parts; a small site is one part', () => {
    expect(sitemapParts(['', 'a/'], 2)).toEqual([['', 'a/']]);
    const xml = sitemapIndex([abs('sitemaps/1.xml'), abs('sitemaps/2.xml')]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect([...xml.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/g)].map((m) => m[1])).toEqual(['https://example.org/sitemaps/1.xml', 'https://example.org/sitemaps/2.xml']);
  });
  it('escapes what XML needs escaped', () => expect(urlset(['a&b/'], alternates, abs)).toContain('<loc>https://example.org/zh-hans/a&amp;b/</loc>'));
});
