/** Text primitives of the pipeline: character classes, joining source lines, the key texts are matched by. */

export const HAN = '\\p{sc=Han}';
/** CJK and full-width punctuation, quotes and brackets */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’…—·';
export const CHINESE = `${HAN}${CJK_PUNCT}`;
const CHINESE_CHAR = new RegExp(`[${CHINESE}]`, 'u');
export const isHan = (c: string | undefined): boolean => !!c && /\p{sc=Han}/u.test(c);
export const isChinese = (c: string | undefined): boolean => !!c && CHINESE_CHAR.test(c);

const LATIN = /[A-Za-z]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Lines of one paragraph as one string. Chinese runs on across a line break, so lines are joined with nothing —
 * except where the break stands between two Latin words (smart / city, iPhone / 15): there it was a space, and
 * joining with nothing would make one word of two. A digit against Han (2025 / 年) or two digits stay joined.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const a = out.at(-1);
    const b = line[0];
    const word = a !== undefined && b !== undefined && LATIN_OR_DIGIT.test(a) && LATIN_OR_DIGIT.test(b) && (LATIN.test(a) || LATIN.test(b));
    out += word ? ` ${line}` : line;
  }
  return out;
}

/** The key two texts are compared by: width folded, spaces and common punctuation removed (damage-tolerant). */
export const matchKey = (s: string) => s.normalize('NFKC').replace(/[\s，,。.、：:；;！!？?“”"（）()]/g, '');
