import type { APIRoute } from 'astro';
import { indexJson } from '../../lib/data/publish.ts';
import { allFacts, siteUrls } from '../../lib/data/site-data.ts';

/** The corpus index: every document, its pages and its JSON (public/data/index.schema.json). */
export const GET: APIRoute = async ({ site }) => {
  const urls = siteUrls(site);
  const body = indexJson(await allFacts(), urls);
  return new Response(`${JSON.stringify({ $schema: new URL('index.schema.json', urls.index).href, ...body }, null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
