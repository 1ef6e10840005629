import type { Block as SourceBlock } from '../clean/types.ts';
import { joinLines } from '../text.ts';

/** What the shape rules read: a paragraph's text, or the rows of a table (cells split at TAB). */
export type Unit = { n: number; text: string } | { n: number; rows: string[][] };

const isRow = (line: string) => line.includes('\t');
const ENDS = /[。！？；：][”」’』]?$/u;
/**
 * A line that opens with a structure marker starts a paragraph of its own even inside a blank-line separated block:
 * 第三条, 第二章, （一）, 一、, 1., （1）, ①, 问：/答：, 附件, 目录. (Other lines of a block are one wrapped paragraph.)
 */
const OPENS = /^(?:第[一二三四五六七八九十百零〇两\d]{1,7}[章节条]|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[问答問][:：]|附件|目录$)/u;
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
    for (const line of b.lines) {
      if (!isRow(line)) {
        // a hard-wrapped line fills the width; a shorter one that ends a sentence ended its paragraph (款)
        const prev = plain.at(-1);
        if (prev !== undefined && (OPENS.test(line) || (ENDS.test(prev) && prev.length < width))) {
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
