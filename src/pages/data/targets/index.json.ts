import type { APIRoute } from 'astro';
import { targetFiles, targetsIndex } from '../../../lib/data/target-files.ts';

/** The parts of the targets data (by year of the document) and, while the corpus is small, the whole files. */
export const GET: APIRoute = async ({ site }) => {
  const { refs, parts } = await targetFiles();
  return new Response(`${JSON.stringify(targetsIndex(refs.length, parts, site), null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
