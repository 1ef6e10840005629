import { joinLines } from '../pipeline/text.ts';

/** One printed line of a PDF page, in PDF units (origin bottom-left). */
export interface PrintedLine {
  page: number;
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** — 2 —, -2-, 2/10, 第2页, 第 2 页 共 10 页, a bare 2: a folio, never text */
const FOLIO = /^(?:[-—–－~\s]*\d+[-—–－~\s]*|\d+\s*\/\s*\d+|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|page\s*\d+(\s*of\s*\d+)?)$/i;
const digitless = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, '');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
/** the body's left margin: the leftmost x where a line starts often (≥ 5 % of lines), so stray marks do not count */
function leftMargin(xs: number[]): number {
  const n = new Map<number, number>();
  for (const x of xs) n.set(Math.round(x), (n.get(Math.round(x)) ?? 0) + 1);
  const often = [...n].filter(([, k]) => k >= Math.max(2, xs.length * 0.05)).map(([x]) => x);
  return often.length ? Math.min(...often) : Math.min(...xs);
}

/**
 * Running heads and feet: a page's first or last line that repeats (digits aside) as a first or last line on at
 * least half the pages with text; folios in a page's first or last two lines (a head above, a folio below, or both at the top).
 */
export function dropPageFurniture(pages: PrintedLine[][]): PrintedLine[][] {
  const seen = new Map<string, number>();
  const ends = (p: PrintedLine[]) => [p[0], p.at(-1)].filter((l): l is PrintedLine => !!l);
  for (const p of pages) for (const k of new Set(ends(p).map((l) => digitless(l.text)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  // pages of figures or blank ones (a folio alone) do not count: a standard's 11 pages of text and 11 of figures
  const texts = pages.filter((p) => p.some((l) => !FOLIO.test(l.text.trim()))).length;
  const running = (l: PrintedLine) => texts >= 2 && (seen.get(digitless(l.text)) ?? 0) >= Math.max(2, texts / 2);
  return pages.map((p) => {
    const end = new Set(ends(p));
    const near = new Set([p[0], p[1], p.at(-1), p.at(-2)]);
    return p.filter((l) => !((end.has(l) && running(l)) || (near.has(l) && FOLIO.test(l.text.trim()))));
  });
}

/**
 * Paragraphs from printed lines. A line starts a paragraph when it is indented (the 2-character first-line indent
 * of Chinese documents), when a gap wider than the line spacing precedes it on the same page, when it or the line
 * before is set larger or centred (a heading), or when the line before stops short of the right margin — unless
 * paragraphs here are indented and this line is not: then it is a line break inside the paragraph (a title and its
 * deck, a byline). Other line ends are inside a sentence and are removed (joinLines keeps the space a break between
 * Latin words stood for).
 */
export function paragraphsOf(lines: PrintedLine[]): { text: string; page: number }[] {
  if (!lines.length) return [];
  const size = median(lines.map((l) => l.size));
  const left = leftMargin(lines.map((l) => l.x0));
  // the right margin: where full lines end (the 90th percentile, so a stray wide line does not set it)
  const right = [...lines.map((l) => l.x1)].sort((a, b) => a - b)[Math.floor(lines.length * 0.9)]!;
  const pitches = lines
    .slice(1)
    .map((l, i) => (l.page === lines[i]!.page ? lines[i]!.y - l.y : 0))
    .filter((d) => d > 0);
  const pitch = median(pitches) || size * 1.5;
  const heading = (l: PrintedLine) => l.size > size * 1.15 || (l.x0 > left + 3 * size && l.x1 < right - 3 * size);
  const indented = (l: PrintedLine) => l.x0 > left + size * 1.2;
  const indents = lines.filter(indented).length >= Math.max(2, lines.length * 0.05);
  const out: { lines: string[][]; page: number }[] = [];
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    const short = prev && prev.x1 < right - size * 1.5;
    const starts = !prev || heading(l) || heading(prev) || indented(l) || (prev.page === l.page && prev.y - l.y > pitch * 1.4) || (short && !indents);
    if (starts) out.push({ lines: [[l.text]], page: l.page });
    else if (short) out.at(-1)!.lines.push([l.text]);
    else out.at(-1)!.lines.at(-1)!.push(l.text);
  });
  return out.map((p) => ({ text: p.lines.map((ls) => joinLines(ls.map((s) => s.trim()))).join('\n'), page: p.page }));
}
