import type { Block as SourceBlock } from '../clean/types.ts';
import { CONTENTS_LINE, joinLines, OPENS } from '../text.ts';

/** What the shape rules read: a paragraph's text, or the rows of a table (cells split at TAB). */
export type Unit = { n: number; text: string } | { n: number; rows: string[][] };

const isRow = (line: string) => line.includes('\t');
const ENDS = /[。！？；：][”」’』]?$/u;
const cells = (line: string) => line.split('\t').map((c) => c.trim());

/**
 * Source blocks as units: lines with TAB-separated cells are table rows (consecutive rows, even across blank
 * lines, make one table); other lines of a block are one paragraph. A lone row is a paragraph (its cells joined).
 */
export function toUnits(source: SourceBlock[]): Unit[] {
  const out: Unit[] = [];
  const text = (n: number, lines: string[]) => lines.length && out.push({ n, text: joinLines(lines) });
  for (const b of source) {
    let plain: string[] = [];
    const width = Math.max(...b.lines.map((l) => l.length));
    // hard-wrapped text fills its width on two or more lines; otherwise every line that ends a sentence ends a paragraph
    const wrapped = b.lines.filter((l) => l.length >= width - 1).length >= 2;
    for (const line of b.lines) {
      if (!isRow(line)) {
        // a line that ends a sentence and does not fill a hard-wrapped block's width ended its paragraph (款)
        const prev = plain.at(-1);
        // 目录 / 目次 alone is a heading: the list's lines after it are not its continuation
        const alone = prev !== undefined && CONTENTS_LINE.test(prev);
        if (prev !== undefined && (alone || OPENS.test(line) || (ENDS.test(prev) && (!wrapped || prev.length < width - 1)))) {
          text(b.n, plain);
          plain = [];
        }
        plain.push(line);
        continue;
      }
      text(b.n, plain);
      plain = [];
      const last = out.at(-1);
      if (last && 'rows' in last) last.rows.push(cells(line));
      else out.push({ n: b.n, rows: [cells(line)] });
    }
    text(b.n, plain);
  }
  return out.map((u) => ('rows' in u && u.rows.length === 1 ? { n: u.n, text: u.rows[0]!.filter(Boolean).join('　') } : u));
}
