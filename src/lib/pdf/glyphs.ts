// A PDF must never print a character as an empty box: the characters of every print page are checked against the
// kit's faces before anything is rendered, and a character they lack fails the build, named with its document and
// the source line it comes from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../html-entities.ts';
import type { PdfJob } from './jobs.ts';
import { WHOLE_LIBRARY } from '../partition.ts';
import { KitError } from './kit-error.ts';

/** Characters that print no glyph: white space, controls, joiners, variation selectors, the byte-order mark. */
const INVISIBLE = /[\s\p{Cc}\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

/** The characters a print page shows: its text (margin-box strings come from the same titles), entities decoded. */
export function printedChars(html: string): Set<string> {
  const text = html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '');
  return new Set([...decodeText(text)].filter((c) => !INVISIBLE.test(c)));
}

/** Each character without a glyph, with the documents (jobs' ids) whose print pages show it. */
export function missingGlyphs(jobs: PdfJob[], dist: string, uncovered: (job: PdfJob, chars: Set<string>) => string[]): Map<string, Set<string>> {
  const missing = new Map<string, Set<string>>();
  // documents first; a booklet is named only for a character no document shows (its cover and contents)
  for (const job of [...jobs].sort((a, b) => Number(a.kind === 'booklet') - Number(b.kind === 'booklet'))) {
    for (const c of uncovered(job, printedChars(readFileSync(join(dist, job.route, 'index.html'), 'utf8')))) {
      if (job.kind === 'booklet' && missing.has(c)) continue;
      if (!missing.has(c)) missing.set(c, new Set());
      missing.get(c)!.add(job.kind === 'booklet' ? bookletLabel(job) : job.id);
    }
  }
  return missing;
}

/** A booklet as the error names it: `booklet (zh-hans)` for the whole library's, `booklet policy-2025-2 (zh-hans)` for a volume's. */
const bookletLabel = (job: PdfJob) => `booklet ${job.id === WHOLE_LIBRARY ? '' : `${job.id} `}(${job.locale})`;

/** Where a document's source has `c`: content/sources/<id>/source.txt and its line, or just the id (a booklet). */
function sourceLine(c: string, id: string, sources: string | undefined): { file: string; line?: number } {
  const file = sources && join(sources, id, 'source.txt');
  const index = file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(c)) : -1;
  return index >= 0 ? { file: `content/sources/${id}/source.txt`, line: index + 1 } : { file: id };
}

/** The build error: every missing character, its code point, and where each document's source has it; the first
 * place heads the message, as a content error's file and line do. */
export function glyphError(missing: Map<string, Set<string>>, sources: string | undefined, faces: string): KitError {
  const places = [...missing].map(([c, ids]) => ({ c, where: [...ids].map((id) => sourceLine(c, id, sources)) }));
  const lines = places.map(({ c, where }) => {
    const at = where.map((w) => (w.line ? `${w.file}:${w.line}` : w.file));
    return `  ${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${at.join(', ')}`;
  });
  const first = places[0]!.where[0]!;
  return new KitError(
    first.file,
    first.line,
    undefined,
    `the print fonts (${faces}) have no glyph for ${missing.size} character(s); a PDF would print ${missing.size > 1 ? 'them' : 'it'} as an empty box:\n${lines.join('\n')}\n` +
      'Replace the character in the source if another form is correct, or build with PDF=0 to publish the site without the kit.',
  );
}
