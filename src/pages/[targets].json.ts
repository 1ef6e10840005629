import type { APIRoute } from 'astro';
import { jsonResponse, rowsOf, targetFiles } from '../lib/data/target-files.ts';
import { targetParts } from '../lib/data/parts.ts';
import { libraryPaths } from '../lib/docs.ts';

/** Every figure as open data: the rows of targets.csv, with a number for the value; published when targets.csv is. */
export function getStaticPaths() {
  // nothing is computed in the parts that do not make the whole-library pages
  return libraryPaths(async () => {
    const { refs } = await targetFiles();
    return targetParts.whole(refs.length) ? [{ params: { targets: 'targets' } }] : [];
  });
}

export const GET: APIRoute = async ({ site }) => jsonResponse(rowsOf((await targetFiles()).refs, site));
