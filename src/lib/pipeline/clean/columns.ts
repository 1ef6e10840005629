import { OPENS } from '../text.ts';
import type { Line } from './types.ts';

/** Two or more spaces between cells of a table typed with spaces (one is a word's or a heading's own space) */
const GAP = /[ \u3000]{2,}/u;
const cellsOf = (text: string) => text.trim().split(GAP);

/**
 * A table that arrives aligned with spaces: three or more consecutive lines that split into the same number (two or
 * more) of cells at runs of spaces. Their gaps become TABs, the cell separator the structure stage reads; a line
 * whose gaps vary is left alone (its spaces go through the space rules as any other text).
 */
export function spacedColumns(lines: Line[]): { lines: Line[]; tables: number } {
  const out = [...lines];
  let tables = 0;
  // a heading such as 第一章  总则 keeps its space: structure lines are never table rows
  const width = (l: Line | undefined) => (l && l.text.trim() && !l.text.includes('\t') && !OPENS.test(l.text.trim()) ? cellsOf(l.text).length : 0);
  for (let i = 0; i < lines.length; ) {
    const w = width(lines[i]);
    let j = i;
    while (w >= 2 && width(lines[j]) === w) j++;
    if (j - i >= 3) {
      for (let k = i; k < j; k++) out[k] = { ...lines[k]!, text: cellsOf(lines[k]!.text).join('\t') };
      tables++;
    }
    i = Math.max(j, i + 1);
  }
  return { lines: out, tables };
}

/** a cell of a two-column table typed with one space: short, no sentence punctuation */
const PAIR_CELL = (t: string) => t.length > 0 && t.length <= 30 && !/[。，；,;]/.test(t);

/**
 * A two-column table typed with one space between its cells, a row a paragraph (1000元以下的部分 40－100元 / 1001元至50000元的
 * 部分 按4%－5%交纳 …): four or more rows in a row, blank lines between them allowed, each of two short cells, three or more
 * with figures. The space becomes a TAB before the space rules would delete it, and the blank lines between rows go.
 */
export function pairColumns(lines: Line[]): { lines: Line[]; tables: number } {
  const out: (Line | null)[] = [...lines];
  let tables = 0;
  const pair = (i: number) => {
    const t = lines[i]?.text.trim() ?? '';
    const cells = t.split(/[ \u3000]+/u);
    return t && !t.includes('\t') && !OPENS.test(t) && cells.length === 2 && cells.every(PAIR_CELL) ? cells : undefined;
  };
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (pair(j) || (j > i && !lines[j]!.text.trim()))) j++;
    const run = range(i, j).filter((k) => pair(k));
    if (run.length >= 4 && run.filter((k) => /\d/.test(lines[k]!.text)).length >= 3) {
      for (const k of run) out[k] = { ...lines[k]!, text: pair(k)!.join('\t') };
      for (let k = run[0]!; k < run.at(-1)!; k++) if (!lines[k]!.text.trim()) out[k] = null;
      tables++;
    }
    i = Math.max(j, i + 1);
  }
  return { lines: out.filter((l): l is Line => l !== null), tables };
}

const LABEL = (t: string) => t.length > 0 && t.length <= 12 && !/[。，；：,;:]/.test(t) && !/^\d+$/.test(t);

/**
 * A table that arrives one cell a line, as pages copied out of a browser give it: 序号 and the other column labels,
 * then rows that each start with their number (1, 2, 3 …); blank lines between cells are ignored. Read when every
 * row has exactly as many cells as there are labels; otherwise the lines stay as they are and the table is reported.
 */
export function cellPerLine(lines: Line[]): { lines: Line[]; tables: number; unread: number[] } {
  const full = lines.map((l, i) => ({ l, i })).filter((x) => x.l.text.trim() !== '');
  const text = (k: number) => full[k]?.l.text.trim() ?? '';
  const replaced = new Map<number, Line | null>();
  const unread: number[] = [];
  let tables = 0;
  for (let s = 0; s < full.length; s++) {
    if (text(s) !== '序号' && text(s) !== '序號') continue;
    let k = s + 1;
    while (k < full.length && LABEL(text(k))) k++;
    const width = k - s;
    if (width < 2 || text(k) !== '1') continue;
    const rows: number[][] = [range(s, k)];
    let at = k;
    for (let n = 1; text(at) === String(n); n++) {
      let end = at + 1;
      while (end < full.length && end - at < width && text(end) !== String(n + 1)) end++;
      rows.push(range(at, end));
      at = end;
    }
    if (rows.length < 2 || rows.some((r) => r.length !== width)) {
      unread.push(full[s]!.l.n);
      continue;
    }
    for (const r of rows) {
      r.forEach((c, j) => replaced.set(full[c]!.i, j ? null : { ...full[c]!.l, text: r.map((x) => text(x)).join('\t') }));
    }
    // blank lines inside the table go too
    for (let x = full[s]!.i; x < full[at - 1]!.i; x++) if (!replaced.has(x)) replaced.set(x, null);
    tables++;
    s = at - 1;
  }
  const out = lines.flatMap((l, i) => (replaced.has(i) ? (replaced.get(i) ? [replaced.get(i)!] : []) : [l]));
  return { lines: out, tables, unread };
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

/** A form's label whose value cells are empty: 廢止 :, 相关法规： */
const EMPTY_FIELD = /^[^。，；：:]{1,12}\s*[:：]$/u;
/** A Markdown table's rule row: |---|:---:| */
const RULE_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;
/** The cells of a line written with | between them (Markdown's | a | b |, or a page's text: a | b |), trailing
 * empty cells dropped; undefined for a line without a |. */
function pipeCells(text: string): string[] | undefined {
  const t = text.trim();
  if (!t.startsWith('|') && !t.endsWith('|')) return undefined;
  const cells = t.replace(/^\|/, '').split('|').map((c) => c.trim());
  while (cells.length && !cells.at(-1)) cells.pop();
  return cells;
}

/**
 * A table whose cells are written with | between them: two or more consecutive such lines become TAB rows. Its width
 * is the cell count most of its lines have; consecutive shorter lines that together have that many cells are one row
 * the page wrapped (申请人（人数） | 每月收入下限 | / 每月收入上限 |). In a run that does not come out even, a line of
 * one cell loses its |. A line of | and nothing else (a page's empty layout row) and a rule row go.
 */
export function pipeColumns(lines: Line[]): { lines: Line[]; tables: number } {
  const out: (Line | null)[] = [...lines];
  let tables = 0;
  const cellsAt = (i: number) => (RULE_ROW.test(lines[i]?.text.trim() ?? '') ? [] : pipeCells(lines[i]?.text ?? ''));
  // empty rows and rule rows go; they and blank lines (a Word file's or a page's rows are paragraphs) do not break a run
  const gone = (i: number) => cellsAt(i)?.length === 0;
  const isRow = (i: number) => (cellsAt(i)?.length ?? 0) > 0;
  const between = (i: number) => gone(i) || !lines[i]!.text.trim();
  for (let i = 0; i < lines.length; i++) if (gone(i)) out[i] = null;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (isRow(j) || (j > i && between(j)))) j++;
    const run = range(i, j).filter(isRow);
    const rows = run.length >= 2 ? evenRows(run.map((k) => cellsAt(k)!)) : undefined;
    if (rows) {
      let at = 0;
      for (const row of rows) {
        out[run[at]!] = { ...lines[run[at]!]!, text: row.cells.join('\t') };
        for (let m = 1; m < row.lines; m++) out[run[at + m]!] = null;
        at += row.lines;
      }
      // blank lines between rows go: the rows are one block, as a table's lines are
      for (let k = run[0]!; k < run.at(-1)!; k++) if (!lines[k]!.text.trim()) out[k] = null;
      tables++;
    } else {
      // a line of one cell: its | were empty cells; a label with none of its cells filled (废止： | | |) is an empty field
      for (const k of run.filter((k) => cellsAt(k)!.length === 1)) {
        const cell = cellsAt(k)![0]!;
        out[k] = EMPTY_FIELD.test(cell) ? null : { ...lines[k]!, text: cell };
      }
    }
    i = Math.max(j, i + 1);
  }
  return { lines: out.filter((l): l is Line => l !== null), tables };
}

/** Rows of one width from consecutive lines' cells, a wrapped row joined; undefined when they do not come out even. */
function evenRows(lines: string[][]): { cells: string[]; lines: number }[] | undefined {
  const counts = new Map<number, number>();
  for (const c of lines) counts.set(c.length, (counts.get(c.length) ?? 0) + 1);
  const width = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  if (width < 2) return undefined;
  const rows: { cells: string[]; lines: number }[] = [];
  for (let k = 0; k < lines.length; ) {
    const cells = [...lines[k]!];
    let used = 1;
    while (cells.length < width && k + used < lines.length) cells.push(...lines[k + used++]!);
    if (cells.length !== width) return undefined;
    rows.push({ cells, lines: used });
    k += used;
  }
  return rows.length >= 2 ? rows : undefined;
}
