import { generatedJson, targetRefs } from './data/generated.ts';
import { targetsPlan } from './aggregates/targets.ts';
import { termsPlan } from './aggregates/terms.ts';
import { timelineOf } from './aggregates/timeline-site.ts';
import { listsFor } from './doc-lists.ts';
import { docsFor } from './docs.ts';
import { defaultLocale, localeIds } from './i18n/locales.ts';
import { listPaths } from './lists.ts';
import { pageParam } from './slices.ts';

/**
 * Every indexable page, without its script prefix ('' is home): the same set in both scripts. The slices of 指标一览,
 * 政策热词 and 时间线 are planned here as their routes plan them (the same plan functions, the same data), the lists
 * by lists.ts, the documents from the catalogue. The search page is left out (noindex: a tool, not content).
 */
export async function sitemapPaths(): Promise<string[]> {
  const ids = new Set<string>();
  const slices = new Set<string>();
  for (const l of localeIds) {
    const docs = await docsFor(l);
    for (const e of docs) ids.add(e.data.docId);
    const listed = docs.filter((e) => !e.data.mergedInto).map((e) => e.data.docId);
    for (const s of targetsPlan(targetRefs(), listed).slices) slices.add(`targets/${pageParam(s.slug, s.page)}/`);
    for (const s of termsPlan(generatedJson('terms')[l] ?? []).slices) slices.add(`terms/${s.kind === 'list' ? String(s.page) : pageParam(s.row.entry.id, s.page)}/`);
    for (const s of (await timelineOf(l)).plan.slices) slices.add(`timeline/${pageParam(s.year, s.page)}/`);
  }
  return [
    '',
    'downloads/',
    'terms/',
    'targets/',
    'timeline/',
    ...[...slices].sort(),
    ...listPaths(await listsFor(defaultLocale)),
    ...[...ids].sort().map((id) => `${id}/`),
  ];
}
