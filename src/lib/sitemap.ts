/**
 * The sitemap as an index of parts (sitemaps.org): /sitemap.xml lists /sitemaps/1.xml, /sitemaps/2.xml, … Always an
 * index, even for five documents: the shape does not change at a threshold the small corpus never reaches, so what the
 * tests check is what a 10,000-document library publishes. Pure: the routes hand in the paths and the origin.
 */

/**
 * URLs per part. The protocol allows 50,000 URLs and 50 MB; an entry with its two hreflang alternates is ~300 bytes, so
 * 50,000 would be ~15 MB, past the 5 MB a file in dist/ may weigh (#17's budget). 10,000 keep a part near 3 MB.
 */
export const SITEMAP_URLS = 10_000;

export interface Alternate {
  /** BCP-47, e.g. zh-Hant */
  lang: string;
  /** the script's path segment, e.g. zh-hant */
  path: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Pages (paths without the script, '' for home) cut into parts of at most `maxUrls` URLs, each page in every script;
 * a page's scripts stay in one part.
 */
export function sitemapParts(paths: readonly string[], scripts: number, maxUrls = SITEMAP_URLS): string[][] {
  const per = Math.max(1, Math.floor(maxUrls / scripts));
  const parts: string[][] = [];
  for (let i = 0; i < paths.length; i += per) parts.push(paths.slice(i, i + per));
  return parts.length ? parts : [[]];
}

/** One part: every page in every script, each with all its alternates. `abs` makes a site path absolute. */
export function urlset(paths: readonly string[], alternates: readonly Alternate[], abs: (p: string) => string): string {
  const urls = paths.flatMap((p) => {
    const links = alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.lang}" href="${esc(abs(`${a.path}/${p}`))}"/>`).join('');
    return alternates.map((l) => `<url><loc>${esc(abs(`${l.path}/${p}`))}</loc>${links}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The index: one <sitemap> per part. */
export function sitemapIndex(locs: readonly string[]): string {
  const items = locs.map((l) => `<sitemap><loc>${esc(l)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** Where part n (from 1) is published. */
export const sitemapPartPath = (n: number) => `sitemaps/${n}.xml`;
