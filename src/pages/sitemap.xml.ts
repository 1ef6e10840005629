import type { APIRoute } from 'astro';
import { sitemapPaths } from '../lib/sitemap-paths.ts';
import { localeIds } from '../lib/i18n/locales.ts';
import { sitemapIndex, sitemapPartPath, sitemapParts } from '../lib/sitemap.ts';
import { href } from '../lib/site.ts';

/** The sitemap index (robots.txt points here): one entry per part, /sitemaps/<n>.xml. */
export const GET: APIRoute = async ({ site }) => {
  const parts = sitemapParts(await sitemapPaths(), localeIds.length);
  const body = sitemapIndex(parts.map((_, i) => new URL(href(sitemapPartPath(i + 1)), site).href));
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
