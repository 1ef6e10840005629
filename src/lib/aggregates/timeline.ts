import type { Event } from '../pipeline/events.ts';
import { chunk, groupBy } from '../slices.ts';

/**
 * 时间线 in slices: a page per year (of the document's public date or the event's date), in pages of at most
 * TIMELINE_PER_PAGE entries when a year holds more; the index page counts each year and shows the newest entries.
 */
export const TIMELINE_PER_PAGE = 300;
export const TIMELINE_RECENT = 20;

/** What an entry shows of a document. */
export interface TimelineDoc {
  id: string;
  title: string;
  type: string;
  /** titles of the documents it interprets */
  interprets: string[];
}
export type TimelineRow<D> = { date: string; kind: 'doc'; doc: D } | { date: string; kind: 'event'; event: Event };
export interface YearSummary {
  year: string;
  docs: number;
  events: number;
  pages: number;
}
export interface TimelineSlice<D> {
  year: string;
  page: number;
  pages: number;
  rows: TimelineRow<D>[];
}

/** Documents (with their public date) and events in date order, an event before a document of the same day. */
export function timelineRows<D>(docs: readonly { date: string; doc: D }[], events: readonly Event[]): TimelineRow<D>[] {
  return [
    ...docs.map((d) => ({ date: d.date, kind: 'doc' as const, doc: d.doc })),
    ...events.map((event) => ({ date: event.date, kind: 'event' as const, event })),
  ].sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1));
}

export function timelinePlan<D>(rows: readonly TimelineRow<D>[]): { years: YearSummary[]; slices: TimelineSlice<D>[]; recent: TimelineRow<D>[] } {
  const years: YearSummary[] = [];
  const slices: TimelineSlice<D>[] = [];
  for (const [year, list] of groupBy(rows, (r) => r.date.slice(0, 4))) {
    const pages = chunk(list, TIMELINE_PER_PAGE);
    years.push({ year, docs: list.filter((r) => r.kind === 'doc').length, events: list.filter((r) => r.kind === 'event').length, pages: pages.length });
    pages.forEach((p, i) => slices.push({ year, page: i + 1, pages: pages.length, rows: p }));
  }
  return { years: years.reverse(), slices, recent: rows.slice(-TIMELINE_RECENT).reverse() };
}
