import { extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from 'unpdf';
import { ContentError } from '../schema/friendly.ts';
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

/** Text items of one page as printed lines, top to bottom (items on one baseline are one line). */
function linesOf(items: StructuredTextItem[], page: number): PrintedLine[] {
  const lines: PrintedLine[] = [];
  const sorted = items.filter((i) => i.str.trim() || i.str === ' ').sort((a, b) => b.y - a.y || a.x - b.x);
  for (const it of sorted) {
    const l = lines.at(-1);
    if (l && Math.abs(l.y - it.y) < Math.max(l.size, it.fontSize) * 0.5) {
      l.text += it.str;
      l.x0 = Math.min(l.x0, it.x);
      l.x1 = Math.max(l.x1, it.x + it.width);
      l.size = Math.max(l.size, it.fontSize);
    } else lines.push({ page, text: it.str, x0: it.x, x1: it.x + it.width, y: it.y, size: it.fontSize });
  }
  return lines.filter((l) => l.text.trim()).map((l) => ({ ...l, text: printedSpaces(fixGlyphNames(l.text)) }));
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
    const title = typeof info.Title === 'string' && /\p{sc=Han}/u.test(info.Title) ? info.Title.trim() : undefined;
    return {
      raw: paras.map((p) => p.text).join('\n\n'),
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
