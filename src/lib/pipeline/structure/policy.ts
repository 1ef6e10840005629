import type { Block as SourceBlock } from '../clean/types.ts';
import type { Block, Para, Section } from '../types.ts';
import { splitAnnexes } from './annex.ts';
import { decimalStart, structureDecimal } from './decimal.ts';
import { paraCounter } from './ids.ts';
import { chineseNumber } from './numerals.ts';
import { regulationStart, structureRegulation, type ShapeContext } from './regulation.ts';
import { toTable } from './table.ts';
import { toUnits, type Unit } from './units.ts';
import { visit } from '../tree.ts';

const PART = /^([一二三四五六七八九十]{1,3})、([^。]{1,40})$/u;
const ARTICLE = /^（([一二三四五六七八九十]{1,3})）([^。]{1,60}。)(.*)$/u;
const ITEM = /^(\d{1,2})\.([^。]{1,60}。)(.*)$/u;
/** a numbered point with no run-in heading (2.标题文字为……，位于……；……): an item whose text is the whole point */
const POINT_ITEM = /^(\d{1,2})\.(?!\d)()(\S.*)$/u;
const NOTICE_TITLE = /^[^。]{4,100}的通知$/u;
const DOC_NUMBER = /^[\p{sc=Han}]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$/u;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const PUBLICATION_NOTE = /^（此件[^）]{2,10}）$/;
const ADDRESSEE = /^[^。]{2,200}[：:]$/;
const LEAD_NOTE = /（[^（）]*(?:（[^（）]*）[^（）]*)*(?:牵头|负责|配合)[^（）]*）$/u;
const TITLE_LIKE = (t: string) => t.length <= 60 && !/[。，；：]/.test(t);
/** a question of an interpretation in 问/答 form: 问：…？ (答：… follows as its paragraphs) */
const QUESTION = /^((?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*)?(?:问|問)\s*\d{0,2}\s*)[:：]\s*(.+)$/u;

export interface PolicyFacts {
  docNumber?: string;
  signedDate?: string;
  issuerLine?: string;
  /** what the build report should tell the editor: a table whose columns could not be trusted … */
  warnings: string[];
}

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

/** 一、 parts, （一） articles and 1. items, with a 通知 cover (number, addressees, signature, date) before them. */
function structureParts(units: Unit[], ctx: ShapeContext, facts: PolicyFacts): Block[] {
  const { para, prefix } = ctx;
  const top: Block[] = [];
  let container: Block[] = top;
  let part: Section | undefined;
  let leaf: Section | undefined;
  let notice: Section | undefined;
  let questions = 0;
  /** an item's body closes with the departments that lead it: shown apart, kept in the text */
  const itemPara = (text: string): Para => {
    const p = para(text);
    const m = LEAD_NOTE.exec(text);
    if (m && m.index > 0) {
      p.text = text.slice(0, m.index);
      p.note = m[0];
    }
    return p;
  };
  units.forEach((u, i) => {
    if ('rows' in u) {
      ((leaf ?? part)?.children ?? container).push(...ctx.table(u.rows, u.n));
      return;
    }
    const text = u.text;
    if (!notice && !prefix && NOTICE_TITLE.test(text) && i < 3) {
      notice = { kind: 'section', id: 'notice', role: 'notice', title: text, children: [] };
      top.push(notice);
      container = notice.children;
      return;
    }
    if (notice && container === notice.children) {
      if (DOC_NUMBER.test(text)) {
        facts.docNumber = text;
        container.push(para(text, 'doc-number'));
        return;
      }
      if (DATE_LINE.test(text)) {
        facts.signedDate = text;
        const prev = container.at(-1);
        if (prev?.kind === 'para' && TITLE_LIKE(prev.text) && !prev.role) {
          prev.role = 'signature';
          facts.issuerLine = prev.text;
        }
        container.push(para(text, 'date'));
        return;
      }
      if (PUBLICATION_NOTE.test(text)) {
        container.push(para(text, 'publication-note'));
        container = top;
        return;
      }
      if (ADDRESSEE.test(text) && container.length <= 2) {
        container.push(para(text, 'addressee'));
        return;
      }
      // a notice whose text is divided into parts (一、…) keeps them inside it; other lines are its paragraphs
      if (!part && !PART.test(text)) {
        container.push(para(text));
        return;
      }
    }
    if (notice && container === top && !part && TITLE_LIKE(text) && !PART.test(text)) {
      const plan: Section = { kind: 'section', id: 'plan', role: 'plan', title: text, children: [] };
      top.push(plan);
      container = plan.children;
      return;
    }
    // a document number under the title of a text without a 通知 cover (法释〔2023〕11号)
    if (!notice && !part && i < 6 && DOC_NUMBER.test(text) && !facts.docNumber && !prefix) {
      facts.docNumber = text;
      container.push(para(text, 'doc-number'));
      return;
    }
    const qm = QUESTION.exec(text);
    if (qm) {
      leaf = { kind: 'section', id: `${prefix}qa-${++questions}`, role: 'qa', num: `${qm[1]!.trim()}：`, title: qm[2]!, children: [] };
      (part?.children ?? container).push(leaf);
      return;
    }
    const pm = PART.exec(text);
    if (pm && !/[。]/.test(text)) {
      const n = chineseNumber(pm[1]!);
      part = { kind: 'section', id: `${prefix}part-${n}`, role: 'part', num: `${pm[1]}、`, title: pm[2]!, children: [] };
      leaf = undefined;
      container.push(part);
      return;
    }
    const am = ARTICLE.exec(text) ?? ITEM.exec(text) ?? POINT_ITEM.exec(text);
    if (am && part) {
      const isItem = /^\d/.test(am[1]!);
      const n = isItem ? Number(am[1]) : chineseNumber(am[1]!);
      leaf = {
        kind: 'section',
        id: `${prefix}${isItem ? 'item' : 'art'}-${n}`,
        role: isItem ? 'item' : 'article',
        num: isItem ? `${am[1]}.` : `（${am[1]}）`,
        title: am[2]!,
        children: [],
      };
      part.children.push(leaf);
      if (am[3]) leaf.children.push(isItem ? itemPara(am[3]) : para(am[3]));
      return;
    }
    if (leaf) leaf.children.push(leaf.role === 'item' ? itemPara(text) : para(text));
    else if (part) part.children.push(para(text));
    else container.push(para(text));
  });
  return top;
}

/** A text that closes with its issuer and date (not in a 通知 cover): shown as a signature block, right-aligned. */
function markSignature(blocks: Block[]): void {
  const paras: Para[] = [];
  visit(blocks, (b) => {
    if (b.kind === 'para' && b.role !== 'footnote') paras.push(b);
  });
  const [sig, date] = paras.slice(-2);
  if (!date || (date.role && date.role !== 'date') || !DATE_LINE.test(date.text)) return;
  date.role = 'date';
  if (sig && !sig.role && sig.text.length <= 30 && TITLE_LIKE(sig.text)) sig.role = 'signature';
}

/** A note at the end of the text: ① …, [1] …, or 注：① … */
export const NOTE = /^(?:注[:：]\s*)?([①-⑳]|\[\d{1,2}\]|〔\d{1,2}〕)/u;

/** The trailing paragraphs that define notes whose markers occur earlier in the text: role footnote. */
function markNotes(blocks: Block[]): void {
  const paras: Para[] = [];
  visit(blocks, (b) => {
    if (b.kind === 'para') paras.push(b);
  });
  let first = paras.length;
  while (first > 0 && !paras[first - 1]!.role && NOTE.test(paras[first - 1]!.text)) first--;
  const before = paras.slice(0, first).map((p) => p.text).join('');
  for (const p of paras.slice(first)) {
    if (before.includes(NOTE.exec(p.text)![1]!)) p.role = 'footnote';
  }
}
