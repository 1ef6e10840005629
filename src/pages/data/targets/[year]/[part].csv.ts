import type { APIRoute } from 'astro';
import { csvResponse, rowsOf, targetFiles } from '../../../../lib/data/target-files.ts';
import { libraryPaths } from '../../../../lib/docs.ts';
import type { TargetRef } from '../../../../lib/data/generated.ts';

/** One part of the targets data: the figures of documents dated in one year, at most TARGETS_PART_ROWS (parts.ts). */
export function getStaticPaths() {
  // nothing is computed in the parts that do not make the whole-library pages
  return libraryPaths(async () => {
    const { parts } = await targetFiles();
    return parts.map((p) => ({ params: { year: p.year, part: String(p.part) }, props: { refs: p.items } }));
  });
}

export const GET: APIRoute = ({ props, site }) => csvResponse(rowsOf((props as { refs: TargetRef[] }).refs, site));
