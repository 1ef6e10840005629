import type { APIRoute } from 'astro';
import { renderedDocs } from '../../../lib/docs.ts';
import { documentJson } from '../../../lib/data/publish.ts';
import { allFacts, generatedText, siteUrls } from '../../../lib/data/site-data.ts';

/** The documents this build renders (all, or a shard's). */
export async function getStaticPaths() {
  return (await renderedDocs('zh-hans')).map((e) => ({ params: { doc: e.data.docId } }));
}

/** One document as data: metadata, status, relations, clause tree in both scripts (public/data/document.schema.json). */
export const GET: APIRoute = async ({ params, site }) => {
  const id = params.doc!;
  const body = documentJson(id, await allFacts(), generatedText(id), siteUrls(site));
  return new Response(`${JSON.stringify({ $schema: new URL('../document.schema.json', siteUrls(site).data(id)).href, ...body })}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
