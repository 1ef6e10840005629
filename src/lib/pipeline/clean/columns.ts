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
