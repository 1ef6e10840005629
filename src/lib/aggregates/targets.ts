import type { Target } from '../pipeline/targets.ts';
import { groupBy, pack, type Piece } from '../slices.ts';

/**
 * 指标一览 in slices that stay the same size however large the corpus: one list per deadline (2025, 2021–2025, 每年,
 * 未载明), in pages of at most TARGETS_PER_PAGE figures, each page grouped by document in the site's document order.
 * The index page summarises the deadlines. Every figure is on exactly one page.
 */
export const TARGETS_PER_PAGE = 300;

type Row = Pick<Target, 'doc' | 'deadline' | 'kind'>;
export type Kind = Target['kind'];
export const KINDS: readonly Kind[] = ['target', 'achievement', 'condition'];

/** A deadline as a path segment: 2025, 2021-2025, annual, none. */
export const deadlineSlug = (d: string | undefined): string => (d === undefined ? 'none' : d.replace('–', '-'));
/** Years in order, then periods by their end, then 每年, then 未载明. */
const rank = (d: string | undefined) => (d === undefined ? '9999' : d === 'annual' ? '9998' : d.slice(-4) + d);

export interface DeadlineSummary {
  deadline: string | undefined;
  slug: string;
  rows: number;
  docs: number;
  kinds: Record<Kind, number>;
  pages: number;
}

export interface TargetsSlice<T> {
  deadline: string | undefined;
  slug: string;
  page: number;
  pages: number;
  /** a document's figures with this deadline (`part` of `of` when a document's figures fill more than one page) */
  groups: Piece<string, T>[];
}

export function targetsPlan<T extends Row>(rows: readonly T[], docOrder: readonly string[]): { deadlines: DeadlineSummary[]; slices: TargetsSlice<T>[] } {
  const position = new Map(docOrder.map((id, i) => [id, i]));
  // a figure of a document missing from the order (none today) still gets a page, after the others
  const docRank = (id: string) => position.get(id) ?? docOrder.length;
  const byDeadline = [...groupBy(rows, (r) => deadlineSlug(r.deadline)).values()].sort((a, b) => rank(a[0]!.deadline).localeCompare(rank(b[0]!.deadline)));
  const deadlines: DeadlineSummary[] = [];
  const slices: TargetsSlice<T>[] = [];
  for (const list of byDeadline) {
    const { deadline } = list[0]!;
    const slug = deadlineSlug(deadline);
    const groups = [...groupBy(list, (r) => r.doc)].sort(([a], [b]) => docRank(a) - docRank(b) || a.localeCompare(b)).map(([key, rows]) => ({ key, rows }));
    const pages = pack(groups, TARGETS_PER_PAGE);
    const kinds = Object.fromEntries(KINDS.map((k) => [k, list.filter((r) => r.kind === k).length])) as Record<Kind, number>;
    deadlines.push({ deadline, slug, rows: list.length, docs: groups.length, kinds, pages: pages.length });
    pages.forEach((g, i) => slices.push({ deadline, slug, page: i + 1, pages: pages.length, groups: g }));
  }
  return { deadlines, slices };
}
