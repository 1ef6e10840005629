import { extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from 'unpdf';
import { CHINESE } from '../pipeline/text.ts';
import { ContentError } from '../schema/friendly.ts';
import { dropPageFurniture, paragraphsOf, type PrintedLine } from './pdf-layout.ts';
import radicals from './radicals.json' with { type: 'json' };
import type { Read } from './read.ts';

const RADICALS: Record<string, string> = radicals;
/**
 * A text layer names a glyph that several characters share by one of them: Chromium's by the lowest code point, so
 * 民 reads as ⺠ (CJK radical), 月 as ⽉ (Kangxi radical, which NFKC folds), — as ― (U+2015). A space next to a
 * Chinese character is layout, not text: a letter-spaced title (通　知), or pdf.js's guess at a justified line's gaps.
 */
export function fixGlyphNames(s: string): string {
  return s
    .replace(/[\u2e80-\u2fdf\uf900-\ufaff]/g, (c) => RADICALS[c] ?? c.normalize('NFKC'))
    .replace(/\u2015/g, '\u2014')
    .replace(new RegExp(`[ \\u3000]+(?=[${CHINESE}])|(?<=[${CHINESE}])[ \\u3000]+`, 'gu'), '');
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
  return lines.filter((l) => l.text.trim());
}

const problem = (e: unknown) => (e as { name?: string }).name ?? '';

/** A PDF with a text layer (unpdf / pdf.js): running heads and folios out, paragraphs and headings back. */
export async function readPdf(bytes: Uint8Array, rel: string): Promise<Read> {
  if (Buffer.from(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw new ContentError(rel, undefined, undefined, 'not a PDF file (no %PDF- header): damaged, or another kind of file renamed');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: true, verbosity: 0 });
  } catch (e) {
    if (problem(e) === 'PasswordException') throw new ContentError(rel, undefined, undefined, 'password-protected PDF: save an unprotected copy (print it to PDF once opened) and use that');
    throw new ContentError(rel, undefined, undefined, `damaged PDF, not readable (${(e as Error).message}); download it again or re-save it`);
  }
  try {
    const { items } = await extractTextItems(pdf);
    const pages = dropPageFurniture(items.map((p, i) => linesOf(p, i + 1)));
    const paras = paragraphsOf(pages.flat());
    if (!paras.some((p) => /\p{sc=Han}/u.test(p.text))) {
      throw new ContentError(rel, undefined, undefined, `no text layer on any of its ${items.length} page(s): a scanned PDF (images of pages); OCR is not done here: get the text version (Word file or web page) or run OCR and use its text`);
    }
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const title = typeof info.Title === 'string' && /\p{sc=Han}/u.test(info.Title) ? info.Title.trim() : undefined;
    return {
      raw: paras.map((p) => fixGlyphNames(p.text)).join('\n\n'),
      facts: title ? { title } : {},
      place: paras.flatMap((p, i) => (i ? ['', `page ${p.page}`] : [`page ${p.page}`])),
    };
  } catch (e) {
    if (e instanceof ContentError) throw e;
    throw new ContentError(rel, undefined, undefined, `damaged PDF, text not readable (${(e as Error).message})`);
  } finally {
    await pdf.loadingTask.destroy();
  }
}
