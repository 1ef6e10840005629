import { isChinese } from '../text.ts';
import type { Line } from './types.ts';

/**
 * Undo NFKC folding of Chinese punctuation: , : ; ? ! ( ) become ，：；？！（）in Chinese context.
 * Left alone: digit,digit and digit:digit (1,000  10:00), decimal points and list markers (1.5  28.), + and -
 * (2+N, NB-IoT), punctuation inside a purely Latin run, and a mark quoted alone (不同的引用范围间用“,”相隔).
 */
const MAP: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

const prevVisible = (s: string, i: number) => s.slice(0, i).trimEnd().at(-1);
const nextVisible = (s: string, i: number) => s.slice(i + 1).trimStart()[0];

function widenMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const wide = MAP[c];
    if (!wide) {
      out += c;
      continue;
    }
    const prev = prevVisible(text, i);
    const next = nextVisible(text, i);
    const digits = /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    const chinese = isChinese(prev) || isChinese(next) || next === undefined || /[\d%)]/.test(prev ?? '');
    const latinRun = /[A-Za-z]/.test(prev ?? '') && /[A-Za-z]/.test(next ?? '');
    // a mark quoted alone is the mark itself, spoken of (用“,”相隔): it stays as written
    // (curly and corner quotes only: a straight " opens and closes alike, "甲","乙")
    const quoted = /[“‘「『]/.test(text[i - 1] ?? '') && /[”’」』]/.test(text[i + 1] ?? '');
    if (((c === ',' || c === ':') && digits) || quoted) out += c;
    else if (chinese && !latinRun) out += wide;
    else out += c;
  }
  return out;
}

/** Innermost ASCII parentheses whose content or surroundings are Chinese become full width. */
function widenParens(text: string): string {
  const inner = /\(([^()（）]*)\)/g;
  let prev: string;
  let cur = text;
  do {
    prev = cur;
    cur = cur.replace(inner, (m, body: string, at: number, s: string) => {
      // alert(1), GDP(nominal): Latin directly before the bracket keeps ASCII brackets around ASCII content
      if (!/\p{sc=Han}/u.test(body) && /[A-Za-z0-9]/.test(s[at - 1] ?? '')) return `\u0001${body}\u0002`;
      const around = isChinese(s[at - 1]) || isChinese(s[at + m.length]);
      return /[\p{sc=Han}]/u.test(body) || around ? `（${body}）` : `\u0001${body}\u0002`;
    });
  } while (cur !== prev);
  return cur.replace(/\u0001/g, '(').replace(/\u0002/g, ')');
}

/** Big5-era colons: the vertical two-dot leader ︰ and the small colon ﹕ stand for ： in Taiwan texts (補正︰) */
const OLD_COLON = /[\ufe30\ufe55]/gu;

export function widenPunctuation(lines: Line[]): { lines: Line[]; changed: number } {
  let changed = 0;
  const out = lines.map((l) => {
    const text = widenParens(widenMarks(l.text.replace(OLD_COLON, '：')));
    for (let i = 0; i < text.length; i++) if (text[i] !== l.text[i]) changed++;
    return text === l.text ? l : { ...l, text };
  });
  return { lines: out, changed };
}
