import type { APIRoute } from 'astro';
import targets from '../../content/generated/targets.json';
import { targetRows, toCsv } from '../lib/data/targets.ts';
import type { Target } from '../lib/pipeline/targets.ts';
import { docUrl } from '../lib/site.ts';

/** Every figure as open data (Excel-ready CSV); the JSON twin is targets.json. */
export const GET: APIRoute = ({ site }) => {
  const all = targets as Record<string, Target[]>;
  const rows = targetRows(all['zh-hans']!, all['zh-hant']!, (l, doc, id) => `${docUrl(l, doc, site)}#${id}`);
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
