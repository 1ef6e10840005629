import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { locales, localeIds } from '../lib/i18n/locales.ts';
import { href } from '../lib/site.ts';

/** Every page in both scripts, each with its hreflang alternates. */
export const GET: APIRoute = async ({ site }) => {
  const ids = [...new Set((await getCollection('catalog')).map((e) => e.data.docId))].sort();
  const paths = ['', 'downloads/', 'terms/', 'targets/', 'timeline/', ...ids.map((id) => `${id}/`)];
  const abs = (p: string) => new URL(href(p), site).href;
  const urls = paths.flatMap((p) =>
    localeIds.map((l) => {
      const alternates = localeIds.map((a) => `<xhtml:link rel="alternate" hreflang="${locales[a].lang}" href="${abs(`${a}/${p}`)}"/>`).join('');
      return `<url><loc>${abs(`${l}/${p}`)}</loc>${alternates}</url>`;
    }),
  );
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
