/** Character classes shared by the cleaning rules. */
export const HAN = '\\p{sc=Han}';
/** CJK and full-width punctuation, quotes and brackets */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65“”‘’…—·';
export const CHINESE = `${HAN}${CJK_PUNCT}`;
export const isHan = (c: string | undefined): boolean => !!c && /\p{sc=Han}/u.test(c);
export const isChinese = (c: string | undefined): boolean => !!c && new RegExp(`[${CHINESE}]`, 'u').test(c);
