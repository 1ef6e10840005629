import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapPaths } from '../../lib/sitemap-paths.ts';
import { libraryPaths } from '../../lib/docs.ts';
import { locales, localeIds } from '../../lib/i18n/locales.ts';
import { sitemapParts, urlset } from '../../lib/sitemap.ts';
import { href } from '../../lib/site.ts';

/** A part of the sitemap: every page in both scripts, each with its hreflang alternates. */
export const getStaticPaths = (() =>
  libraryPaths(async () => sitemapParts(await sitemapPaths(), localeIds.length).map((paths, i) => ({ params: { part: String(i + 1) }, props: { paths } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ paths: string[] }> = ({ props, site }) => {
  const alternates = localeIds.map((l) => ({ lang: locales[l].lang, path: locales[l].path }));
  const body = urlset(props.paths, alternates, (p) => new URL(href(p), site).href);
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
