import type { APIRoute } from 'astro';
import targets from '../../content/generated/targets.json';
import { TARGET_COLUMNS, targetRows } from '../lib/data/targets.ts';
import type { Target } from '../lib/pipeline/targets.ts';
import { docUrl } from '../lib/site.ts';

/** Every figure as open data: the rows of targets.csv, with a number for the value. */
export const GET: APIRoute = ({ site }) => {
  const all = targets as Record<string, Target[]>;
  const rows = targetRows(all['zh-hans']!, all['zh-hant']!, (l, doc, id) => `${docUrl(l, doc, site)}#${id}`);
  return new Response(`${JSON.stringify({ columns: TARGET_COLUMNS, rows }, null, 1)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
