import type { Table } from '../types.ts';

/** A header cell: short, no sentence punctuation, not a bare figure. */
const HEADER_CELL = (c: string) => c.length > 0 && c.length <= 16 && !/[。；，]/.test(c) && !/^[\d.%％]+$/.test(c);

/**
 * Rows as a table, or undefined when the columns cannot be trusted: every row must have the same number of cells
 * (two or more). A table with wrong columns is worse than its lines, so the caller keeps those and reports it.
 */
export function toTable(rows: string[][], id: string): Table | undefined {
  const width = rows[0]?.length ?? 0;
  if (width < 2 || rows.length < 2 || rows.some((r) => r.length !== width)) return undefined;
  const [first, ...rest] = rows;
  // the corner cell above a column of row labels may be empty
  if (first!.every((c, i) => HEADER_CELL(c) || (i === 0 && !c && width > 2))) return { kind: 'table', id, head: first!, rows: rest };
  return { kind: 'table', id, rows };
}
