import type { Target } from '../pipeline/targets.ts';

/**
 * targets.csv / targets.json: one row per figure, both scripts' indicator side by side. The rows come from
 * content/generated/targets/<document>.json (the pipeline's output); only the site knows the addresses, so it writes the files.
 */
export interface TargetRow {
  doc: string;
  anchor: string;
  indicator_zh_hans: string;
  indicator_zh_hant: string;
  figure: string;
  change: string;
  /** the figure as a plain number: 2.5亿个 → 250000000 */
  value: number;
  /** its unit without the magnitude: 个, %, 平方米, 亿元 → 元 */
  unit: string;
  qualifier: string;
  /** a year, a period 2021–2025, annual, or empty */
  deadline: string;
  kind: Target['kind'];
  lead: string;
  url_zh_hans: string;
  url_zh_hant: string;
}

export const TARGET_COLUMNS = [
  'doc', 'anchor', 'indicator_zh_hans', 'indicator_zh_hant', 'figure', 'change', 'value', 'unit', 'qualifier', 'deadline', 'kind', 'lead', 'url_zh_hans', 'url_zh_hant',
] as const satisfies readonly (keyof TargetRow)[];

/** Rows from the two scripts' lists (the same figures in the same order); `url` gives a page's public address. */
export function targetRows(hans: readonly Target[], hant: readonly Target[], url: (locale: 'zh-hans' | 'zh-hant', doc: string, id: string) => string): TargetRow[] {
  if (hans.length !== hant.length) throw new Error(`targets.json: ${hans.length} zh-hans figures but ${hant.length} zh-hant`);
  return hans.map((t, i) => ({
    doc: t.doc,
    anchor: t.id,
    indicator_zh_hans: t.indicator ?? '',
    indicator_zh_hant: hant[i]!.indicator ?? '',
    figure: t.text,
    change: t.change ?? '',
    value: t.value,
    unit: t.unit.replace(/^[万亿]/u, ''),
    qualifier: t.qualifier ?? '',
    deadline: t.deadline ?? '',
    kind: t.kind,
    lead: t.lead ?? '',
    url_zh_hans: url('zh-hans', t.doc, t.id),
    url_zh_hant: url('zh-hant', t.doc, t.id),
  }));
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

/** RFC 4180 CSV with a UTF-8 byte order mark, so Excel opens the Chinese text as UTF-8. */
export const toCsv = (rows: readonly TargetRow[]): string =>
  `\uFEFF${[TARGET_COLUMNS.join(','), ...rows.map((r) => TARGET_COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n')}\r\n`;
