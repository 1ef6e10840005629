import type { APIRoute } from 'astro';
import { indexFiles, indexResponse } from '../../lib/data/index-files.ts';

/** The corpus index (public/data/index.schema.json): its parts by year, and every document while the corpus is small. */
export const GET: APIRoute = async ({ site }) => {
  const { all, parts } = await indexFiles();
  return indexResponse(all, parts, site);
};
