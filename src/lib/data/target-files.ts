import { generatedJson } from './generated.ts';
import { docsFor } from '../docs.ts';
import { docUrl, href } from '../site.ts';
import { TARGET_COLUMNS, targetRows, toCsv, type TargetRow } from './targets.ts';
import { type Part, TARGETS_PART_ROWS, targetParts, yearParts } from './parts.ts';

/** The site's public origin as getStaticPaths sees it (endpoints get it as `site`). */
export const buildSite = (): URL | undefined => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

/** The rows of the targets files with their public addresses, and their parts by the year of their document. */
export async function targetFiles(site: URL | undefined = buildSite()): Promise<{ rows: TargetRow[]; parts: Part<TargetRow>[] }> {
  const all = generatedJson('targets');
  const rows = targetRows(all['zh-hans']!, all['zh-hant']!, (l, doc, id) => `${docUrl(l, doc, site)}#${id}`);
  const years = new Map((await docsFor('zh-hans')).map((e) => [e.data.docId, e.data.date.slice(0, 4)]));
  return {
    rows,
    parts: yearParts(
      rows,
      (r) => r.doc,
      (d) => years.get(d) ?? '0000',
      TARGETS_PART_ROWS,
    ),
  };
}

export const csvResponse = (rows: readonly TargetRow[]) => new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (rows: readonly TargetRow[]) =>
  new Response(`${JSON.stringify({ columns: TARGET_COLUMNS, rows }, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** data/targets/index.json: the whole files when this build has them, and every part. */
export function targetsIndex(rows: readonly TargetRow[], parts: readonly Part<TargetRow>[], site: URL | undefined): Record<string, unknown> {
  const url = (p: string) => new URL(href(p), site).href;
  return {
    columns: TARGET_COLUMNS,
    rows: rows.length,
    whole: targetParts.whole(rows.length) ? { csv: url('targets.csv'), json: url('targets.json') } : null,
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
