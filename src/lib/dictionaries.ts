import { ContentError } from './schema/friendly.ts';

/**
 * Parse a conversion dictionary: `#` header and comment lines, then `from<TAB>to[<TAB># why]`, sorted by `from`.
 * Any other line is an error naming the file and line.
 */
export function parseDictionary(text: string, file: string): [string, string][] {
  const entries: [string, string][] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const [from, to, note] = cols;
    if (cols.length < 2 || cols.length > 3 || !from || !to || /\s/.test(from + to) || (note !== undefined && !note.startsWith('#'))) {
      throw new ContentError(file, i + 1, undefined, `expected “simplified<TAB>traditional[<TAB># note]”, got “${line}”`);
    }
    const prev = entries.at(-1);
    if (prev && prev[0] >= from) throw new ContentError(file, i + 1, undefined, `not sorted: “${from}” after “${prev[0]}” (or a duplicate)`);
    entries.push([from, to]);
  });
  return entries;
}
