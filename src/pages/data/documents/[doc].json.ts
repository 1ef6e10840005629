import type { APIRoute } from 'astro';
import { documentJson } from '../../../lib/data/publish.ts';
import { allFacts, generatedText, siteUrls } from '../../../lib/data/site-data.ts';

export async function getStaticPaths() {
  const all = await allFacts();
  return all['zh-hans'].map((d) => ({ params: { doc: d.docId } }));
}

/** One document as data: metadata, status, relations, clause tree in both scripts (public/data/document.schema.json). */
export const GET: APIRoute = async ({ params, site }) => {
  const id = params.doc!;
  const body = documentJson(id, await allFacts(), generatedText(id), siteUrls(site));
  return new Response(`${JSON.stringify({ $schema: new URL('../document.schema.json', siteUrls(site).data(id)).href, ...body })}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
