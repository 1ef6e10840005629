/** Text primitives of the pipeline: character classes, joining source lines, the key texts are matched by. */

export const HAN = '\\p{sc=Han}';
/** CJK and full-width punctuation, quotes and brackets */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’…—·';
export const CHINESE = `${HAN}${CJK_PUNCT}`;
const CHINESE_CHAR = new RegExp(`[${CHINESE}]`, 'u');
export const isHan = (c: string | undefined): boolean => !!c && /\p{sc=Han}/u.test(c);
export const isChinese = (c: string | undefined): boolean => !!c && CHINESE_CHAR.test(c);

/**
 * A line that opens with a structure marker starts a paragraph of its own even inside a blank-line separated block:
 * 第三条, 第二章, （一）, 一、, 1., a standard's 7.2.1 份号 (7.2 版头 with its space: 12.5万亩 is a figure) and a）, （1）, ①, 问：/答：, 附件, 目录. (Other lines of a block are one wrapped paragraph.)
 */
export const OPENS =
  /^(?:第[一二三四五六七八九十百零〇两\d]{1,7}[章节条]|（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|\d{1,2}(?:\.\d{1,2}){2,3}(?![\d.%])\s*\p{sc=Han}|\d{1,2}\.\d{1,2}[ \u3000]+\p{sc=Han}|[a-z][)）](?=\s*\p{sc=Han})|[（(]\d{1,2}[)）]|[①-⑳]|[问答問][:：]|附件|目[录次]$)/u;

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
/** a signature's date: 2017年5月15日, or in Chinese numerals as older texts give it (二○○六年五月二十三日) */
export const DATE_LINE = /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/u;
/** a document's own contents heading alone on its line */
export const CONTENTS_LINE = /^目\s*[录次]$/u;
/** an attachment's label alone: 附件, 附件5, 附件 2： */
export const ANNEX_LABEL = /^附件\s*\d*\s*[:：]?$/u;
/** text compared without its spaces (a title printed over lines, a text layer's gaps) */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

export const matchKey = (s: string) => s.normalize('NFKC').replace(/[\s，,。.、：:；;！!？?“”"（）()]/g, '');
