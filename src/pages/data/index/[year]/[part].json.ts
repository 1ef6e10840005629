import type { APIRoute } from 'astro';
import { libraryPaths } from '../../../../lib/docs.ts';
import { indexFiles, partResponse } from '../../../../lib/data/index-files.ts';

/** One part of the corpus index: the documents dated in one year, at most INDEX_PART_DOCS (parts.ts). */
export function getStaticPaths() {
  // nothing is computed in the parts that do not make the whole-library pages
  return libraryPaths(async () => {
    const { all, parts } = await indexFiles();
    return parts.map((part) => ({ params: { year: part.year, part: String(part.part) }, props: { all, part } }));
  });
}

export const GET: APIRoute = ({ props, site }) => {
  const { all, part } = props as Awaited<ReturnType<typeof indexFiles>> & { part: Awaited<ReturnType<typeof indexFiles>>['parts'][number] };
  return partResponse(all, part, site);
};
