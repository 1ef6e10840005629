// A PDF must never print a character as an empty box: the characters of every print page are checked against the
// kit's faces before anything is rendered, and a character they lack fails the build, named with its document and
// the source line it comes from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PdfJob } from './jobs.ts';

/** Characters that print no glyph: white space, controls, joiners, variation selectors, the byte-order mark. */
const INVISIBLE = /[\s\p{Cc}\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

/** The characters a print page shows: its text (margin-box strings come from the same titles), entities decoded. */
export function printedChars(html: string): Set<string> {
  const text = html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_m, n: string) => String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n)))
    .replace(/&(lt|gt|amp|quot|apos|nbsp);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' })[e]!);
  return new Set([...text].filter((c) => !INVISIBLE.test(c)));
}

/** Each character without a glyph, with the documents (jobs' ids) whose print pages show it. */
export function missingGlyphs(jobs: PdfJob[], dist: string, uncovered: (job: PdfJob, chars: Set<string>) => string[]): Map<string, Set<string>> {
  const missing = new Map<string, Set<string>>();
  // documents first; a booklet is named only for a character no document shows (its cover and contents)
  for (const job of [...jobs].sort((a, b) => Number(a.kind === 'booklet') - Number(b.kind === 'booklet'))) {
    for (const c of uncovered(job, printedChars(readFileSync(join(dist, job.route, 'index.html'), 'utf8')))) {
      if (job.kind === 'booklet' && missing.has(c)) continue;
      if (!missing.has(c)) missing.set(c, new Set());
      missing.get(c)!.add(job.kind === 'booklet' ? `booklet (${job.locale})` : job.id);
    }
  }
  return missing;
}

/** The build error: every missing character, its code point, and where each document's source has it. */
export function glyphError(missing: Map<string, Set<string>>, sources: string | undefined, faces: string): Error {
  const lines = [...missing].map(([c, ids]) => {
    const where = [...ids].map((id) => {
      const file = sources && join(sources, id, 'source.txt');
      const line =
        file && existsSync(file)
          ? readFileSync(file, 'utf8')
              .split('\n')
              .findIndex((l) => l.includes(c))
          : -1;
      return line >= 0 ? `content/sources/${id}/source.txt:${line + 1}` : id;
    });
    return `  ${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${where.join(', ')}`;
  });
  return new Error(
    `the print fonts (${faces}) have no glyph for ${missing.size} character(s); a PDF would print ${missing.size > 1 ? 'them' : 'it'} as an empty box:\n${lines.join('\n')}\n` +
      'Replace the character in the source if another form is correct, or build with PDF=0 to publish the site without the kit.',
  );
}
