import type { Block, Section } from '../types.ts';
import type { ShapeContext } from './regulation.ts';
import type { Unit } from './units.ts';

/** 1 总则, 1.1 编制目的及依据, 1.1.1 … (the space after the number is gone after cleaning): a heading with no sentence */
const HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?![\d.%])[\s　]*(\p{sc=Han}[^。；，]{0,39})$/u;
const ROLES: Section['role'][] = ['part', 'article', 'item', 'item'];

const headingOf = (u: Unit) => ('text' in u ? HEADING.exec(u.text) : null);

/**
 * Where a decimal-numbered plan or standard starts: three or more such headings, at least one of them below the top
 * level (1.1), from the first numbered 1; -1 for any other text.
 */
export function decimalStart(units: Unit[]): number {
  const all = units.flatMap((u, i) => {
    const m = headingOf(u);
    return m ? [{ i, num: m[1]! }] : [];
  });
  // from the first heading numbered 1 (a standard's 目次 lists later ones before it: 5.2.1 页边与版心尺寸 …)
  const heads = all.slice(Math.max(0, all.findIndex((h) => /^1(\.1)*$/.test(h.num))));
  if (heads.length < 3 || !heads.some((h) => h.num.includes('.')) || !/^1(\.1)*$/.test(heads[0]!.num)) return -1;
  return heads[0]!.i;
}

/** Stage 2 for decimal-numbered texts: nested sections #d-1, #d-1-1, #d-1-1-1 as the numbers say. */
export function structureDecimal(units: Unit[], ctx: ShapeContext): Block[] {
  const top: Block[] = [];
  const open: Section[] = [];
  for (const u of units) {
    const m = headingOf(u);
    if (m) {
      const path = m[1]!.split('.');
      const depth = path.length;
      while (open.length >= depth) open.pop();
      const s: Section = { kind: 'section', id: `${ctx.prefix}d-${path.join('-')}`, role: ROLES[depth - 1]!, num: m[1]!, title: m[2]!, children: [] };
      (open.at(-1)?.children ?? top).push(s);
      open.push(s);
      continue;
    }
    const holder = open.at(-1)?.children ?? top;
    if ('rows' in u) holder.push(...ctx.table(u.rows, u.n));
    else holder.push(ctx.para(u.text));
  }
  return top;
}
