import type { TermHead } from '../pipeline/terms.ts';
import { groupBy } from '../slices.ts';

/**
 * 政策热词 in slices: the terms in order of frequency (their ids term-1, term-2 … are that rank), TERMS_PER_PAGE a list
 * page, each row with the first DOCS_PER_ROW documents that use the term and a link to every occurrence there; a term
 * used in more documents has pages of its own (DOCS_PER_TERM_PAGE documents each) listing all of them. The index page
 * shows the TERMS_ON_INDEX most frequent. Where an entry is follows from its id alone, so a quoted term in a document
 * links to it without reading the list.
 */
export const TERMS_PER_PAGE = 100;
export const DOCS_PER_ROW = 10;
export const DOCS_PER_TERM_PAGE = 300;
export const TERMS_ON_INDEX = 50;

type Entry = Pick<TermHead, 'id' | 'term' | 'total' | 'docs'>;

const rankOf = (id: string): number => {
  const n = Number(/^term-(\d+)$/.exec(id)?.[1]);
  if (!n) throw new Error(`terms.json: “${id}” is not a term id (term-1, term-2 …)`);
  return n;
};
/** The list page that holds a term's entry. */
export const termListPage = (id: string): number => Math.ceil(rankOf(id) / TERMS_PER_PAGE);
/** A term's entry, relative to the script's root: terms/2/#term-150. */
export const termEntryPath = (id: string): string => `terms/${termListPage(id)}/#${id}`;
/** A term's own pages (only for a term in more than DOCS_PER_ROW documents): terms/term-5/. */
export const termPagePath = (id: string): string => `terms/${id}/`;

export interface TermRow<E extends Entry> {
  entry: E;
  /** whether it has pages of its own (more documents than a row shows) */
  own: boolean;
}
/** A list page's rows, or one of a term's own pages: its uses from `from` to before `to` (the uses themselves are read
 * as the page is made, a term at a time). */
export type TermsSlice<E extends Entry> =
  { kind: 'list'; page: number; pages: number; rows: TermRow<E>[] } | { kind: 'term'; row: TermRow<E>; page: number; pages: number; from: number; to: number };

export function termsPlan<E extends Entry>(entries: readonly E[]): { rows: TermRow<E>[]; slices: TermsSlice<E>[] } {
  const rows = [...entries].sort((a, b) => rankOf(a.id) - rankOf(b.id)).map((entry) => ({ entry, own: entry.docs > DOCS_PER_ROW }));
  const pages = Math.max(1, ...rows.map((r) => termListPage(r.entry.id)));
  const byPage = groupBy(rows, (r) => String(termListPage(r.entry.id)));
  const slices: TermsSlice<E>[] = Array.from({ length: pages }, (_, i) => ({ kind: 'list' as const, page: i + 1, pages, rows: byPage.get(String(i + 1)) ?? [] }));
  for (const row of rows.filter((r) => r.own)) {
    const parts = Math.ceil(row.entry.docs / DOCS_PER_TERM_PAGE);
    for (let i = 0; i < parts; i++) {
      slices.push({ kind: 'term', row, page: i + 1, pages: parts, from: i * DOCS_PER_TERM_PAGE, to: Math.min(row.entry.docs, (i + 1) * DOCS_PER_TERM_PAGE) });
    }
  }
  return { rows, slices };
}
