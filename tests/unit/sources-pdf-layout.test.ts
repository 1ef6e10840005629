import { describe, expect, it } from 'vitest';
import { dropPageFurniture, paragraphsOf, type PrintedLine } from '../../src/lib/sources/pdf-layout.ts';
import { fixGlyphNames, linesOf, printedSpaces } from '../../src/lib/sources/pdf.ts';

/** a text item as unpdf gives it: [text, x, y, size] */
const items = (rows: [string, number, number, number][]) =>
  rows.map(([str, x, y, fontSize]) => ({ str, x, y, width: [...str].length * fontSize, height: fontSize, fontSize, fontFamily: '', dir: 'ltr', hasEOL: false }));

/** a page of lines: [text, x0, x1] from the top, 20 units apart, size 10 */
const page = (n: number, rows: [string, number, number][]): PrintedLine[] =>
  rows.map(([text, x0, x1], i) => ({ page: n, text, x0, x1, y: 800 - 20 * i, size: 10 }));

describe('PDF layout', () => {
  it('a running head counts on the pages with text: pages of figures with a folio alone do not outvote it', () => {
    const text = [1, 2, 3, 4].map((n) => page(n, [['GB/T 9704—2012', 400, 500], [`第${n}页的正文。`, 100, 400], [`- ${n} -`, 240, 260]]));
    const figures = [5, 6, 7, 8, 9, 10].map((n) => page(n, [[`- ${n} -`, 240, 260]]));
    expect(dropPageFurniture([...text, ...figures]).flat().map((l) => l.text)).toEqual(['第1页的正文。', '第2页的正文。', '第3页的正文。', '第4页的正文。']);
  });
  it('a line is read left to right: marks in another font a fraction off its baseline and superscripts stay in place', () => {
    // GB/T 9704-2012 p. 7: 〔〕 is set in a larger font 0.06 pt higher; g/m² with its 2 raised 3.5 pt
    const lines = linesOf(
      items([
        ['标全称，用六角括号', 79.46, 351.78, 10.6],
        ['“', 171.27, 351.78, 10.6],
        ['〔〕', 179.64, 351.84, 14],
        ['”括入；', 205.44, 351.84, 10.6],
        ['定量为 60 g/m', 79.46, 330, 10.6],
        ['2', 160, 333.5, 6],
        ['~80 g/m', 166, 330, 10.6],
        ['2', 210, 333.5, 6],
        [' 的胶版印刷纸', 216, 330, 10.6],
      ]),
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(['标全称，用六角括号“〔〕”括入；', '定量为60 g/m2~80 g/m2的胶版印刷纸']);
    // the line's size is its text's, not the larger bracket's: it is no heading
    expect(lines.map((l) => l.size)).toEqual([10.6, 10.6]);
  });
  it('running heads and feet repeated on the pages, and folios in every usual form, are dropped', () => {
    const folios = ['— 1 —', '2/10', '第 3 页 共 10 页', '-4-'];
    const body = ['坚持稳中求进，推动城市', '高质量发展。', '优化城市空间布局，强化', '都市圈辐射带动作用。'];
    const pages = folios.map((f, i) =>
      page(i + 1, [
        ['山东省人民政府公报 2026年第2期', 100, 300],
        [body[i]!, 100, 400],
        [f, 240, 260],
      ]),
    );
    expect(dropPageFurniture(pages).map((p) => p.map((l) => l.text))).toEqual(body.map((t) => [t]));
  });
  it('a line that does not stop short and a next one that is not indented run on; an indent, a gap or a short line with no indents starts a paragraph', () => {
    const lines = page(1, [
      ['　　一、总体要求', 120, 200],
      ['　　坚持稳中求进，推动城市', 120, 400],
      ['高质量发展。', 100, 160],
      ['　　到2025年，城镇化率达到', 120, 400],
      ['67%。', 100, 130],
    ]);
    expect(paragraphsOf(lines).map((p) => p.text)).toEqual(['一、总体要求', '坚持稳中求进，推动城市高质量发展。', '到2025年，城镇化率达到67%。']);
  });
  it('glyph names a text layer gives shared glyphs are folded back; printed gaps are not text, a byline space is', () => {
    expect(fixGlyphNames('⼭东省⼈⺠政府（2024―2025年）')).toBe('山东省人民政府（2024—2025年）');
    expect(printedSpaces('山 东 省 人 民 政 府 关 于 印 发')).toBe('山东省人民政府关于印发');
    expect(printedSpaces('享受失业保险待遇 。 到 2025 年 , 基本')).toBe('享受失业保险待遇。到2025年,基本');
    expect(printedSpaces('大众新闻记者 李子路 于新悦')).toBe('大众新闻记者 李子路 于新悦');
  });
});
