import type { Block, Para, Section } from '../types.ts';
import { frontLine } from './cover.ts';
import { chineseNumber } from './numerals.ts';
import type { PolicyFacts } from './parts-state.ts';
import { PART, type PartsState } from './parts-state.ts';
import { CHAPTER, type ShapeContext } from './regulation.ts';
import type { Unit } from './units.ts';

const PART_SENTENCE = /^([一二三四五六七八九十]{1,3})、([^。]{1,60}。)(.*)$/u;
const ARTICLE = /^（([一二三四五六七八九十]{1,3})）([^。]{1,60}。)(.*)$/u;
const ITEM = /^(\d{1,2})\.(?!\d)([^。]{1,60}。)(.*)$/u;
/** a numbered point with no run-in heading (2.标题文字为……，位于……；……): an item whose text is the whole point */
const POINT_ITEM = /^(\d{1,2})\.(?!\d)()(\S.*)$/u;
const LEAD_NOTE = /（[^（）]*(?:（[^（）]*）[^（）]*)*(?:牵头|负责|配合)[^（）]*）$/u;
/** a question of an interpretation in 问/答 form: 问：…？ (答：… follows as its paragraphs) */
const QUESTION = /^((?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]\s*)?(?:问|問)\s*\d{0,2}\s*)[:：]\s*(.+)$/u;

/** 一、 parts, （一） articles and 1. items, 问：/答： turns, with a 通知 cover before them. */
export function structureParts(units: Unit[], ctx: ShapeContext, facts: PolicyFacts): Block[] {
  const top: Block[] = [];
  const s: PartsState = { ctx, facts, top, container: top, questions: 0, used: new Set() };
  units.forEach((u, i) => {
    if ('rows' in u) ((s.leaf ?? s.part)?.children ?? s.container).push(...ctx.table(u.rows, u.n));
    else if (!frontLine(s, u.text, i) && !headingLine(s, u.text)) bodyLine(s, u.text);
  });
  return top;
}

/** A question, a part or a clause that opens here. Returns whether the line was one. */
function headingLine(s: PartsState, text: string): boolean {
  const { para, prefix } = s.ctx;
  const qm = QUESTION.exec(text);
  if (qm) {
    s.leaf = section('qa', `${prefix}qa-${++s.questions}`, `${qm[1]!.trim()}：`, qm[2]!);
    (s.part?.children ?? s.container).push(s.leaf);
    return true;
  }
  const cm = CHAPTER.exec(text);
  if (cm && !/[。]/.test(text)) {
    s.chapter = section('chapter', uniqueId(s, `${prefix}chap-${chineseNumber(cm[1]!)}`), `第${cm[1]}章`, cm[2]!.trim());
    s.part = s.leaf = undefined;
    s.container.push(s.chapter);
    return true;
  }
  const pm = PART.exec(text);
  // a sentence numbered as the next part is a part too (a 决定's 十、将第五条修改为第十条。 after 九、增加一条…：)
  const sm = pm ? null : PART_SENTENCE.exec(text);
  const next = sm && s.part?.num && chineseNumber(sm[1]!) === chineseNumber(s.part.num.slice(0, -1)) + 1;
  if ((pm && !/[。]/.test(text)) || (sm && next)) {
    const [, num, title, body] = (pm ?? sm)!;
    s.part = section('part', uniqueId(s, `${prefix}part-${chineseNumber(num!)}`, s.chapter), `${num}、`, title!);
    s.leaf = undefined;
    (s.chapter?.children ?? s.container).push(s.part);
    if (body) s.part.children.push(para(body));
    return true;
  }
  const am = ARTICLE.exec(text) ?? ITEM.exec(text) ?? POINT_ITEM.exec(text);
  // a point that closes a quotation (…的诉讼。” in an amendment's new article) is the quotation's text, not a heading
  if (!am || !s.part || /^[”’」』]+$/u.test(am[3]!)) return false;
  const isItem = /^\d/.test(am[1]!);
  const n = isItem ? Number(am[1]) : chineseNumber(am[1]!);
  const id = uniqueId(s, `${prefix}${isItem ? 'item' : 'art'}-${n}`, s.part);
  s.leaf = section(isItem ? 'item' : 'article', id, isItem ? `${am[1]}.` : `（${am[1]}）`, am[2]!);
  s.part.children.push(s.leaf);
  if (am[3]) s.leaf.children.push(isItem ? itemPara(s, am[3]) : para(am[3]));
  return true;
}

/** `id` if no section has it yet (so a text numbered straight through keeps art-12 for its （十二）), else qualified by
 * the section it is in (part-2-art-1 for the （一） of part 二), else by its place. */
function uniqueId(s: PartsState, id: string, parent?: Section): string {
  const base = id.slice(s.ctx.prefix.length);
  const candidates = [id, ...(parent ? [`${parent.id}-${base}`] : [])];
  let out = candidates.find((c) => !s.used.has(c));
  for (let k = 2; !out; k++) if (!s.used.has(`${id}-${k}`)) out = `${id}-${k}`;
  s.used.add(out);
  return out;
}

/** A paragraph of the open clause, part or cover. */
function bodyLine(s: PartsState, text: string): void {
  if (s.leaf) s.leaf.children.push(s.leaf.role === 'item' ? itemPara(s, text) : s.ctx.para(text));
  else (s.part?.children ?? s.container).push(s.ctx.para(text));
}

/** An item's body closes with the departments that lead it: shown apart, kept in the text. */
function itemPara(s: PartsState, text: string): Para {
  const p = s.ctx.para(text);
  const m = LEAD_NOTE.exec(text);
  if (m && m.index > 0) {
    p.text = text.slice(0, m.index);
    p.note = m[0];
  }
  return p;
}

const section = (role: Section['role'], id: string, num: string, title: string): Section => ({ kind: 'section', id, role, num, title, children: [] });
