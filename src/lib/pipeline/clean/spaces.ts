import { DATE_LINE, isChinese, isHan } from '../text.ts';
import type { Line } from './types.ts';

export type SpacePolicy = 'strip' | 'paragraphs' | 'keep';

export interface SpaceOptions {
  /** from meta.yml: auto detects strip / paragraphs; news keeps bylines and slogans */
  policy: 'auto' | 'strip' | 'keep';
  keepPhrases: string[];
  /** transcripts: normalise a garbled speaker label such as `段秀铭:、 ` */
  speakerLabels: boolean;
}

const SPACE = /[ \u3000\t]/;
const BREAK_BEFORE = /[。！？!?:：]/;
/** A parallel slogan inside quotes keeps its space: “万企出海 鲁贸全球”, “千里山海 自在威海”. */
const SLOGAN = /“\s?(\p{sc=Han}{2,8})[ \u3000](\p{sc=Han}{2,8})\s?”/gu;
/** An inline heading run into its paragraph: `一、《实施意见》的出台背景 党中央…` */
const INLINE_HEADING = /^([一二三四五六七八九十]{1,3}、[^，。,；;！？!?：:\s]{2,30})[ \u3000]+(?=\S)/u;
/** A signer beside the closing date: an office, a space, a name (行政長官 賀一誠, 总理　李强). That space is not damage. */
const SIGNER = /^(\p{sc=Han}{0,12}(?:长官|長官|总理|總理|主席|主任|首长|首長|部长|部長|省长|省長|市长|市長|县长|縣長|区长|區長|州长|州長|局长|局長|厅长|廳長|院长|院長|署长|署長|司长|司長|会长|會長|书记|書記|委员|委員|议长|議長|主委|秘书长|秘書長))[ \u3000]+(\p{sc=Han}{2,4})$/u;
const GARBLED_LABEL = /^(\p{sc=Han}{2,4})[:：][、,，]\s*/u;

/**
 * Which spaces are damage. Where most spaces follow a sentence end, a scraper collapsed paragraph breaks into spaces
 * (split there); where spaces fall between Han characters, it sprinkled them (delete them all).
 */
export function detectPolicy(lines: Line[]): SpacePolicy {
  let total = 0;
  let hanHan = 0;
  let breaks = 0;
  for (const { text } of lines) {
    for (let i = 0; i < text.length; i++) {
      if (!SPACE.test(text[i]!)) continue;
      total++;
      if (isHan(text[i - 1]) && isHan(text[i + 1])) hanHan++;
      if (/[。！？!?]/.test(text[i - 1] ?? '')) breaks++;
    }
  }
  if (breaks / Math.max(total, 1) >= 0.5) return 'paragraphs';
  return hanHan >= 3 ? 'strip' : 'paragraphs';
}

/** Positions of spaces that must survive: inside a keep phrase or a quoted parallel slogan; a signer's (when `signer`). */
function protectedSpaces(text: string, keepPhrases: string[], signer = false): Set<number> {
  const keep = new Set<number>();
  const office = signer ? SIGNER.exec(text) : null;
  if (office) keep.add(office[1]!.length);
  for (const phrase of keepPhrases) {
    const rel = [...phrase].flatMap((c, i) => (SPACE.test(c) ? [i] : []));
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) rel.forEach((r) => keep.add(at + r));
  }
  for (const m of text.matchAll(SLOGAN)) {
    if ([...m[1]!].length !== [...m[2]!].length) continue;
    keep.add(m.index! + m[0].indexOf(m[1]!) + m[1]!.length);
  }
  return keep;
}

/** Drop a space that touches Chinese text on either side, unless it is protected; Latin text keeps its spaces. */
function dropSpaces(text: string, keep: Set<number>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SPACE.test(c) && !keep.has(i)) {
      const prev = out.at(-1);
      const next = text.slice(i + 1).trimStart()[0];
      if (prev === undefined || next === undefined || isChinese(prev) || isChinese(next) || prev === ' ') continue;
      out += ' ';
      continue;
    }
    out += c;
  }
  return out;
}

/** Split a line whose paragraph breaks were collapsed into spaces. */
function splitCollapsed(text: string, keep: Set<number>): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!SPACE.test(text[i]!) || keep.has(i) || !BREAK_BEFORE.test(text[i - 1] ?? '')) continue;
    if (!isChinese(text[i - 1]) && !isChinese(text[i - 2])) continue;
    if (/\d/.test(text[i - 2] ?? '') && text[i - 1] === ':') continue;
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts.flatMap((p) => {
    const h = INLINE_HEADING.exec(p);
    return h ? [h[1]!, p.slice(h[0].length)] : [p];
  });
}

export function cleanSpaces(lines: Line[], opts: SpaceOptions): { lines: Line[]; policy: SpacePolicy } {
  const policy: SpacePolicy = opts.policy === 'auto' ? detectPolicy(lines) : opts.policy;
  const out: Line[] = [];
  // the nearest line with text before or after line k is a date alone
  const dated = (k: number, step: 1 | -1) => {
    let j = k + step;
    while (lines[j] && !lines[j]!.text.trim()) j += step;
    return DATE_LINE.test(lines[j]?.text.trim() ?? '');
  };
  for (const [k, line] of lines.entries()) {
    // a TAB separates a table's cells: each cell is cleaned on its own and the separators stay
    // (an empty first or last cell is a TAB at the line's edge: it stays)
    if (line.text.includes('\t') && line.text.trim() && policy !== 'keep') {
      const cells = line.text.replace(/^[ \u3000]+|[ \u3000]+$/g, '').split('\t').map((c) => dropSpaces(c.trim(), protectedSpaces(c.trim(), opts.keepPhrases)));
      out.push({ ...line, text: cells.join('\t') });
      continue;
    }
    let text = line.text.trim();
    if (opts.speakerLabels) text = text.replace(GARBLED_LABEL, '$1:');
    if (policy === 'keep') {
      out.push({ ...line, text });
      continue;
    }
    const pieces = policy === 'paragraphs' ? splitCollapsed(text, protectedSpaces(text, opts.keepPhrases)) : [text];
    const signer = dated(k, -1) || dated(k, 1);
    for (const piece of pieces) {
      const p = piece.trim();
      out.push({ ...line, text: dropSpaces(p, protectedSpaces(p, opts.keepPhrases, signer)) });
    }
  }
  return { lines: out, policy };
}
