import { extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from 'unpdf';
import { ContentError } from '../schema/friendly.ts';
import { squeeze } from '../pipeline/text.ts';
import { dropPageFurniture, paragraphsOf, type PrintedLine } from './pdf-layout.ts';
import radicals from './radicals.json' with { type: 'json' };
import type { Read } from './read.ts';

const RADICALS: Record<string, string> = radicals;
/**
 * A text layer names a glyph that several characters share by one of them: Chromium's by the lowest code point, so
 * 民 reads as ⺠ (CJK radical), 月 as ⽉ (Kangxi radical, which NFKC folds), — as ― (U+2015).
 */
export function fixGlyphNames(s: string): string {
  return s.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => RADICALS[c] ?? c.normalize('NFKC')).replace(/\u2015/g, '\u2014');
}

const HAN_GAP = /(?<=\p{sc=Han})[ \u3000]+(?=\p{sc=Han})/gu;
const GAPPED_STOP = /[ \u3000]+([。！？])[ \u3000]+/gu;
const NEAR_PUNCT = /[ \u3000]+(?=[，。、；：！？）」』》”’,.;:!?)])|(?<=[，、；（「『《“‘,;(])[ \u3000]+/gu;
const HAN_LATIN = /(?<=\p{sc=Han})[ \u3000]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ \u3000]+(?=\p{sc=Han})/gu;

/**
 * Spaces a text layer reports inside a printed line. pdf.js infers a space from a wide gap, so a justified or
 * letter-spaced line (通　知) reads 山 东 省 人 民: when most gaps between Han characters are spaces, none is text.
 * A space before closing or after opening punctuation, or between Han and a digit, is such a gap too (a justified
 * line's 待遇 。 到 2025 年). A lone space between Han words (a byline 记者 李子路, a slogan 千里山海 自在威海) is the
 * text's own, and so is one after a full stop or colon with none before it: a paragraph break a scraped text
 * collapsed into a space (会。 今天), which the cleaner splits.
 */
export function printedSpaces(line: string): string {
  const gaps = line.match(HAN_GAP)?.length ?? 0;
  const pairs = line.match(/\p{sc=Han}(?=[ \u3000]*\p{sc=Han})/gu)?.length ?? 0;
  const spaced = gaps >= 3 && gaps > pairs / 3;
  return (spaced ? line.replace(HAN_GAP, '') : line).replace(GAPPED_STOP, '$1').replace(NEAR_PUNCT, '').replace(HAN_LATIN, '');
}

/** The type size most of a line's characters are set in, and its baseline (a larger bracket 〔〕 or a superscript is not
 * the line's size: a line set larger is a heading). */
function bodyOf(row: StructuredTextItem[]): { y: number; size: number } {
  const chars = new Map<number, number>();
  for (const i of row) chars.set(i.fontSize, (chars.get(i.fontSize) ?? 0) + [...i.str].length);
  const size = [...chars].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  return { y: row.find((i) => i.fontSize === size)!.y, size };
}

/**
 * Text items of one page as printed lines, top to bottom: items whose baselines are within half a character of each
 * other are one line, read left to right (a mark set in another font sits a fraction of a point off the line's
 * baseline, a superscript a third of a character above it: sorted by height alone, they moved ahead of the words before
 * them).
 */
export function linesOf(items: StructuredTextItem[], page: number): PrintedLine[] {
  const rows: { y: number; size: number; items: StructuredTextItem[] }[] = [];
  for (const it of items.filter((i) => i.str.trim() || i.str === ' ').sort((a, b) => b.y - a.y)) {
    const row = rows.at(-1);
    if (row && Math.abs(row.y - it.y) < Math.max(row.size, it.fontSize) * 0.5) {
      row.items.push(it);
      row.size = Math.max(row.size, it.fontSize);
    } else rows.push({ y: it.y, size: it.fontSize, items: [it] });
  }
  return rows
    .map(({ items: row }) => {
      row.sort((a, b) => a.x - b.x);
      const text = row.map((i) => i.str).join('');
      return { page, text, x0: row[0]!.x, x1: Math.max(...row.map((i) => i.x + i.width)), ...bodyOf(row) };
    })
    .filter((l) => l.text.trim())
    .map((l) => ({ ...l, text: printedSpaces(fixGlyphNames(l.text)) }));
}

const problem = (e: unknown) => (e as { name?: string }).name ?? '';

/** A PDF with a text layer (unpdf / pdf.js): running heads and folios out, paragraphs and headings back. */
export async function readPdf(bytes: Uint8Array, rel: string): Promise<Read> {
  if (Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0)
    throw new ContentError(rel, undefined, undefined, 'not a PDF file (no %PDF- header): damaged, or another kind of file renamed');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
  } catch (e) {
    if (problem(e) === 'PasswordException')
      throw new ContentError(rel, undefined, undefined, 'password-protected PDF: save an unprotected copy (print it to PDF once opened) and use that');
    throw new ContentError(rel, undefined, undefined, `damaged PDF, not readable (${(e as Error).message}); download it again or re-save it`);
  }
  try {
    const { items } = await extractTextItems(pdf);
    const pages = dropPageFurniture(items.map((p, i) => linesOf(p, i + 1)));
    const paras = paragraphsOf(pages.flat());
    if (!paras.some((p) => /\p{sc=Han}/u.test(p.text))) {
      throw new ContentError(
        rel,
        undefined,
        undefined,
        `no text layer on any of its ${items.length} page(s): a scanned PDF (images of pages); OCR is not done here: get the text version (Word file or web page) or run OCR and use its text`,
      );
    }
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const raw = paras.map((p) => p.text).join('\n\n');
    // the file's Title property, when its text prints it: Word carries a template's old one along (甘审办发〔2011〕号 on a
    // national standard)
    const stated = typeof info.Title === 'string' ? info.Title.trim() : '';
    const title = /\p{sc=Han}/u.test(stated) && squeeze(raw).includes(squeeze(fixGlyphNames(stated))) ? stated : undefined;
    return {
      raw,
      facts: title ? { title } : {},
      place: paras.flatMap((p, i) => [...(i ? [''] : []), ...p.text.split('\n').map(() => `page ${p.page}`)]),
    };
  } catch (e) {
    if (e instanceof ContentError) throw e;
    throw new ContentError(rel, undefined, undefined, `damaged PDF, text not readable (${(e as Error).message})`);
  } finally {
    await pdf.loadingTask.destroy();
  }
}
