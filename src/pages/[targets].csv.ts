import type { APIRoute } from 'astro';
import { csvResponse, rowsOf, targetFiles } from '../lib/data/target-files.ts';
import { targetParts } from '../lib/data/parts.ts';
import { libraryPaths } from '../lib/docs.ts';

/**
 * Every figure as open data (Excel-ready CSV), the JSON twin is targets.json: published while the corpus has at most
 * TARGETS_WHOLE_MAX figures (a dynamic route so that a larger build has no such file); the parts by year always are.
 */
export function getStaticPaths() {
  // nothing is computed in the parts that do not make the whole-library pages
  return libraryPaths(async () => {
    const { refs } = await targetFiles();
    return targetParts.whole(refs.length) ? [{ params: { targets: 'targets' } }] : [];
  });
}

export const GET: APIRoute = async ({ site }) => csvResponse(rowsOf((await targetFiles()).refs, site));
