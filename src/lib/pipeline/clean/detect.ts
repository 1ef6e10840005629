import type { Line } from './types.ts';
import { UNKNOWN_ANNOTATION } from './pinyin.ts';

export interface Damage {
  line: number;
  column: number;
  kind: string;
  excerpt: string;
}

const RULES: [string, RegExp][] = [
  ['kana inside Chinese text (GBK mojibake)', /[\u3040-\u30ff]/gu],
  ['private-use character (mojibake)', /[\ue000-\uf8ff]/gu],
  ['replacement character U+FFFD (decoding failure)', /\ufffd/gu],
  ['lost lead byte: ? before ; or !', /\?[;!；！]/gu],
  ['punctuation glued to Latin letters after a Chinese character', /(?<=[\p{sc=Han}])[;!?](?=[A-Za-z])/gu],
  ['UTF-8 read as Latin-1 (Ã / â€ sequences)', /Ã.|â€/gu],
  ['锟斤拷 (UTF-8 read as GBK twice)', /锟斤拷|烫烫烫|屯屯屯/gu],
  ['control character', /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu],
  ['pinyin annotation in an unknown form (no tone)', UNKNOWN_ANNOTATION],
];

/** Find damage nobody repaired. The build fails on any hit; a meta.yml correction is the fix. */
export function detectDamage(lines: Line[]): Damage[] {
  const hits: Damage[] = [];
  for (const l of lines) {
    for (const [kind, re] of RULES) {
      for (const m of l.text.matchAll(new RegExp(re.source, re.flags))) {
        const i = m.index ?? 0;
        hits.push({ line: l.n, column: i + 1, kind, excerpt: l.text.slice(Math.max(0, i - 8), i + m[0].length + 8) });
      }
    }
  }
  return hits;
}
