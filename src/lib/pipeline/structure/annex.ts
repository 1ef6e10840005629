import type { Unit } from './units.ts';
import { DATE_LINE } from './parts-state.ts';

/** 附件 alone on its line (附件1, 附件 2：), or with its title (附件1：重点任务分工表) */
const ANNEX = /^附件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[:：]?\s*(.{0,60})$/u;
const TITLE_LIKE = (t: string) => t.length <= 60 && !/[。；]/.test(t);

export interface Annex {
  n: number;
  /** as printed: 附件1 */
  num: string;
  title: string;
  units: Unit[];
}

const textOf = (u: Unit | undefined) => (u && 'text' in u ? u.text : undefined);

/**
 * The attachments after the text. 附件 starts one when it stands alone on its line, or with a title after the
 * signature's date; a 附件：1.… 2.… list in a notice before its signature names them and stays in the text.
 */
export function splitAnnexes(units: Unit[]): { body: Unit[]; annexes: Annex[] } {
  const dated = (i: number) => units.slice(i + 1, i + 4).some((u) => DATE_LINE.test(textOf(u) ?? ''));
  const starts: { at: number; digits?: string; title: string; skip: number }[] = [];
  units.forEach((u, i) => {
    const m = ANNEX.exec(textOf(u) ?? '');
    // 附件5 as the text's first line: the file is that attachment, published alone (its label, not a start)
    if (!m || i === 0) return;
    const inline = m[2]!.trim();
    // 附件：… with its title names an attachment where it starts only after the signature, and (past the first)
    // with its number: inside an attachment, a form's 附件：（…） line is text
    if (inline && (!TITLE_LIKE(inline) || /^[\d（(]/.test(inline) || dated(i) || (starts.length && !m[1]))) return;
    const next = textOf(units[i + 1]);
    const titled = !inline && !!next && TITLE_LIKE(next) && !ANNEX.test(next);
    starts.push({ at: i, digits: m[1], title: inline || (titled ? next! : ''), skip: titled ? 2 : 1 });
  });
  const annexes = starts.map((s, k) => ({
    n: k + 1,
    num: `附件${s.digits ?? (starts.length > 1 ? k + 1 : '')}`,
    title: s.title,
    units: units.slice(s.at + s.skip, starts[k + 1]?.at ?? units.length),
  }));
  return { body: starts.length ? units.slice(0, starts[0]!.at) : units, annexes };
}
