import type { Block as SourceBlock } from '../clean/types.ts';
import type { Block, Para, Section } from '../types.ts';
import { ANNEX_LABEL, squeeze } from '../text.ts';
import { splitAnnexes } from './annex.ts';
import { markNotes, markSignature } from './closing.ts';
import { decimalStart, structureDecimal } from './decimal.ts';
import { paraCounter } from './ids.ts';
import type { PolicyFacts } from './parts-state.ts';
import { structureParts } from './parts.ts';
import { regulationStart, structureRegulation, type ShapeContext } from './regulation.ts';
import { toTable } from './table.ts';
import { toUnits, type Unit } from './units.ts';

export type { PolicyFacts } from './parts-state.ts';

/**
 * Stage 2 for policy texts: the body (a regulation's 章/节/条, or 一、/（一）/1. parts with their notice cover),
 * tables, Q&A turns, then each attachment 附件N (#annex-N) structured the same way.
 */
export function structurePolicy(source: SourceBlock[]): { blocks: Block[]; facts: PolicyFacts } {
  const nextP = paraCounter();
  const nextTable = paraCounter('table');
  const facts: PolicyFacts = { warnings: [] };
  const para = (text: string, role?: Para['role']): Para => {
    const p: Para = { kind: 'para', id: nextP(), text };
    if (role) p.role = role;
    return p;
  };
  const table = (rows: string[][], n: number): Block[] => {
    const t = toTable(rows, nextTable());
    if (t) return [t];
    facts.warnings.push(`line ${n}: a table of ${rows.length} rows whose rows have different numbers of cells is kept as lines`);
    return rows.map((r) => para(r.filter(Boolean).join('　')));
  };
  const { body, annexes } = splitAnnexes(toUnits(source));
  const shape = (units: Unit[], prefix: string) => {
    const ctx: ShapeContext = { prefix, para, table };
    const reg = regulationStart(units);
    const dec = reg < 0 ? decimalStart(units) : -1;
    const start = reg >= 0 ? reg : dec;
    if (start < 0) return structureParts(units, ctx, facts);
    // a title, adoption note or 通知 cover come first; chapters and articles (or 1 / 1.1 sections) go where parts would
    const head = structureParts(units.slice(0, start), ctx, facts);
    const plan = head.find((b): b is Section => b.kind === 'section' && b.role === 'plan');
    (plan?.children ?? head).push(...(reg >= 0 ? structureRegulation : structureDecimal)(units.slice(start), ctx));
    return head;
  };
  const blocks = shape(body, '');
  markNotes(blocks);
  markSignature(blocks);
  for (const a of annexes) {
    const annex: Section = { kind: 'section', id: `annex-${a.n}`, role: 'annex', num: a.num, title: a.title, children: shape(a.units, `annex-${a.n}-`) };
    blocks.push(annex);
  }
  return { blocks, facts };
}

/**
 * The text's first paragraph when it is the document's title again (a saved page's heading, # 标题): the page prints
 * the title as its heading, so it is not a paragraph too. A 通知's title opens its cover instead, and stays.
 */
export function withoutTitleLine(blocks: Block[], title: string): Block[] {
  const want = squeeze(title);
  // a heading broken over lines (全国人民代表大会常务委员会 / 关于批准… / 调整…的决议) is the title too, up to four lines
  // after an attachment's own label (附件5), which stays
  const from = blocks[0]?.kind === 'para' && ANNEX_LABEL.test(blocks[0].text) ? 1 : 0;
  const plain = (b: Block | undefined) => !!b && ((b.kind === 'para' && !b.role) || b.kind === 'heading');
  let rest = blocks.slice(from);
  let text = '';
  for (const [k, b] of rest.slice(0, 4).entries()) {
    if (!plain(b)) break;
    text += squeeze((b as { text: string }).text);
    if (text === want) rest = rest.slice(k + 1);
    if (!want.startsWith(text) || text === want) break;
  }
  // a law portal prints it again before the text (its page heading, the document's own): copies before the first
  // section go, up to six lines in
  const lead = rest.findIndex((b) => !plain(b));
  const head = rest.slice(0, Math.min(6, lead < 0 ? rest.length : lead));
  return [...blocks.slice(0, from), ...head.filter((b) => squeeze((b as { text: string }).text) !== want), ...rest.slice(head.length)];
}
