import type { Line } from './types.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const LETTERS = `a-zü${TONED}`;
/**
 * A pinyin annotation a scraper left after a character: 發(fā), 發（fā）, 發 (fā), 發[fā], 發(fa1).
 * Gated on a tone (a tone mark or a tone digit) so that (一), (GDP), (市、區) and (省發展改革委牽頭) never match.
 */
const ANNOTATION = new RegExp(
  `(?<=[\\p{sc=Han}])\\s?[(（\\[]\\s?(?:(?=[a-zü]*[${TONED}])[${LETTERS}]{1,6}|[a-zü]{1,6}[1-5])\\s?[)）\\]]`,
  'gu',
);
/** Looks like pinyin but carries no tone: a form the cleaner does not know, reported rather than guessed. */
/** Roman numerals and single letters are sub-item markers, (i) (ii) (a), never a toneless syllable. */
export const UNKNOWN_ANNOTATION = /(?<=[\p{sc=Han}])[(（](?![ivx]+[)）]|[a-zü][)）])[a-zü]{1,6}[)）]/gu;

export function stripPinyin(lines: Line[]): { lines: Line[]; removed: number } {
  let removed = 0;
  const out = lines.map((l) => {
    const text = l.text.replace(ANNOTATION, () => {
      removed++;
      return '';
    });
    return text === l.text ? l : { ...l, text };
  });
  return { lines: out, removed };
}
