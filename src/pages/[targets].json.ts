import type { APIRoute } from 'astro';
import { jsonResponse, targetFiles } from '../lib/data/target-files.ts';
import { targetParts } from '../lib/data/parts.ts';
import { libraryPaths } from '../lib/docs.ts';

/** Every figure as open data: the rows of targets.csv, with a number for the value; published when targets.csv is. */
export async function getStaticPaths() {
  const { rows } = await targetFiles();
  return libraryPaths(targetParts.whole(rows.length) ? [{ params: { targets: 'targets' } }] : []);
}

export const GET: APIRoute = async ({ site }) => jsonResponse((await targetFiles(site)).rows);
