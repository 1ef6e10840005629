import { targetAt, targetRefs, type TargetRef } from './generated.ts';
import { docsFor } from '../docs.ts';
import { docUrl, href } from '../site.ts';
import { TARGET_COLUMNS, targetRows, toCsv, type TargetRow } from './targets.ts';
import { type Part, TARGETS_PART_ROWS, targetParts, yearParts } from './parts.ts';

/** The site's public origin as getStaticPaths sees it (endpoints get it as `site`). */
export const buildSite = (): URL | undefined => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** Every figure of the library (as references), and their parts by the year of their document. */
export async function targetFiles(): Promise<{ refs: TargetRef[]; parts: Part<TargetRef>[] }> {
  const refs = targetRefs();
  const years = new Map((await docsFor('zh-hans')).map((e) => [e.data.docId, e.data.date.slice(0, 4)]));
  return {
    refs,
    parts: yearParts(
      refs,
      (r) => r.doc,
      (d) => years.get(d) ?? '0000',
      TARGETS_PART_ROWS,
    ),
  };
}

/** The rows of the targets files for these figures, with their public addresses: read when a file is written. */
export const rowsOf = (refs: readonly TargetRef[], site: URL | undefined = buildSite()): TargetRow[] =>
  targetRows(
    refs.map((r) => targetAt('zh-hans', r)),
    refs.map((r) => targetAt('zh-hant', r)),
    (l, doc, id) => `${docUrl(l, doc, site)}#${id}`,
  );

export const csvResponse = (rows: readonly TargetRow[]) => new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (rows: readonly TargetRow[]) =>
  new Response(`${JSON.stringify({ columns: TARGET_COLUMNS, rows }, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** data/targets/index.json: the whole files when this build has them, and every part. */
export function targetsIndex(figures: number, parts: readonly Part<TargetRef>[], site: URL | undefined): Record<string, unknown> {
  const url = (p: string) => new URL(href(p), site).href;
  return {
    columns: TARGET_COLUMNS,
    rows: figures,
    whole: targetParts.whole(figures) ? { csv: url('targets.csv'), json: url('targets.json') } : null,
    parts: parts.map((p) => ({
      year: p.year,
      part: p.part,
      rows: p.items.length,
      documents: new Set(p.items.map((r) => r.doc)).size,
      csv: url(targetParts.path(p, 'csv')),
      json: url(targetParts.path(p, 'json')),
    })),
  };
}
