import type { APIRoute } from 'astro';
import { csvResponse, targetFiles } from '../../../../lib/data/target-files.ts';
import { libraryPaths } from '../../../../lib/docs.ts';
import type { TargetRow } from '../../../../lib/data/targets.ts';

/** One part of the targets data: the figures of documents dated in one year, at most TARGETS_PART_ROWS (parts.ts). */
export function getStaticPaths() {
  // nothing is computed in the parts that do not make the whole-library pages
  return libraryPaths(async () => {
    const { parts } = await targetFiles();
    return parts.map((p) => ({ params: { year: p.year, part: String(p.part) }, props: { rows: p.items } }));
  });
}

export const GET: APIRoute = ({ props }) => csvResponse((props as { rows: TargetRow[] }).rows);
