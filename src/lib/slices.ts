/**
 * Bounded slices of lists that grow with the corpus (the 指标一览, 政策热词 and 时间线 pages, the open-data parts):
 * pages of at most `size` items, groups packed onto pages, and the page numbers a pager shows. Pure.
 */

/** `items` in pages of at most `size` (one empty page for an empty list, so a list always has its first page). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error(`chunk: size ${size}`);
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** One group's rows on one page; a group cut across pages has `part` 1 … `of`. */
export interface Piece<K, T> {
  key: K;
  rows: T[];
  part: number;
  of: number;
}

/**
 * Groups (a document's rows) packed in order onto pages of at most `size` rows: a group goes whole onto the page when
 * it fits there or would fit on a page of its own, else it is cut into pieces so that no page exceeds `size`.
 */
export function pack<K, T>(groups: readonly { key: K; rows: readonly T[] }[], size: number): Piece<K, T>[][] {
  if (size < 1) throw new Error(`pack: size ${size}`);
  const pages: Piece<K, T>[][] = [];
  let page: Piece<K, T>[] = [];
  let used = 0;
  const close = () => {
    if (page.length) pages.push(page);
    page = [];
    used = 0;
  };
  for (const g of groups) {
    if (!g.rows.length) continue;
    if (used + g.rows.length > size) close();
    const of = Math.ceil(g.rows.length / size);
    for (let part = 1; part <= of; part++) {
      const rows = g.rows.slice((part - 1) * size, part * size);
      if (part > 1) close();
      page.push({ key: g.key, rows, part, of });
      used += rows.length;
    }
  }
  close();
  return pages.length ? pages : [[]];
}

/** Items grouped by a key, keys in order of first appearance. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Page `n` of a list whose first page is `base` (a path ending in /): base, base2/, base3/ … */
export const pagePath = (base: string, n: number): string => (n <= 1 ? base : `${base}${n}/`);

/** The page params of a list at `base` inside a rest route: `2025` for page 1, `2025/3` for page 3. */
export const pageParam = (base: string, n: number): string => (n <= 1 ? base : `${base}/${n}`);

/** The page numbers a pager lists: the first, the last, and `span` either side of the current one; null is a gap. */
export function pageWindow(current: number, total: number, span = 2): (number | null)[] {
  const shown = new Set([1, total]);
  for (let n = current - span; n <= current + span; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}
