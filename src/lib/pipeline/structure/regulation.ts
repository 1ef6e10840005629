import { CONTENTS_LINE } from '../text.ts';
import type { Block, Para, Section } from '../types.ts';
import { chineseNumber } from './numerals.ts';
import type { Unit } from './units.ts';

/** A number as regulations print it: 十二, 一百零四, or 12 in a Taiwan text (第 12 條). */
const NUM = '([一二三四五六七八九十百零〇两\\d]{1,7})';
const BOOK = new RegExp(`^第${NUM}编[\\s　]*(.{0,40})$`, 'u');
/** a 编's own parts (the Civil Code's 第一分编 通则): chapters run on across them */
const SUBBOOK = new RegExp(`^第${NUM}分编[\\s　]*(.{0,40})$`, 'u');
/** (not Hong Kong's 第 1 章 - 释义及通则条例: the ordinance's Cap. number, its name after a dash) */
export const CHAPTER = new RegExp(`^第${NUM}章(?![\\s　]*[-－—–])[\\s　]*(.{0,40})$`, 'u');
const DIVISION = new RegExp(`^第${NUM}节[\\s　]*(.{0,40})$`, 'u');
/** 第十二条 at the start of a line, not a sentence about it (第十二条规定的…, 第三条的, 第五条中的, 第二条第一款, an
 * amendment's 第三条修改为 / 增加一款 / 删去, an interpretation's 第二条明确了…) */
const ARTICLE = new RegExp(`^第${NUM}条(?!规定|的|中的|所[列称指述]|第[一二三四五六七八九十]{1,3}[款项]|修改为|增加|删去|删除|明确了)[\\s　]*(.*)$`, 'u');
/** 项 inside an article (（一）, or Taiwan's 款 一、), and the smaller sub-items: 目 1., （1） ① (i) (a) */
const POINT = /^(?:（[一二三四五六七八九十]{1,3}）|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．](?!\d)|[（(]\d{1,2}[)）]|[①-⑳]|[（(](?:[ivx]{1,4}|[a-z])[)）])/u;
const SUBDIVISION = new RegExp(`^第${NUM}款[\\s　]*(\\p{sc=Han}[^，。；：]{0,20})$`, 'u');

/**
 * Where a regulation (条例、办法、规定、细则) starts: its 目录, first 编 or chapter, or first article, when three or more
 * articles follow in rising order and the text reads as one: numbered from 第一条, or a code's part or an excerpt
 * (第二百零五条 on; 第 4 條, 第 6 條 …) whose articles mostly follow one another, stand alone on their lines, or come under
 * chapters. -1 for any other text (an interpretation's paragraphs that begin 第五条明确…, out of order or few).
 */
export function regulationStart(units: Unit[]): number {
  const articles = units.flatMap((u, i) => ('text' in u && ARTICLE.test(u.text) ? [i] : []));
  const first = articles[0];
  if (articles.length < 3 || first === undefined) return -1;
  const lead = units
    .slice(0, first)
    .findIndex((u) => 'text' in u && (CONTENTS_LINE.test(u.text) || BOOK.test(u.text) || SUBBOOK.test(u.text) || CHAPTER.test(u.text)));
  const match = (i: number) => ARTICLE.exec((units[i] as { text: string }).text)!;
  const nums = articles.map((i) => chineseNumber(match(i)[1]!));
  if (nums[0] !== 1) {
    const steps = nums.slice(1).map((n, k) => n - nums[k]!);
    if (steps.some((d) => d <= 0)) return -1;
    const consecutive = steps.filter((d) => d === 1).length >= steps.length / 2;
    const bare = articles.filter((i) => !match(i)[2]!.trim()).length >= articles.length / 2;
    if (!consecutive && !bare && lead < 0) return -1;
  }
  return lead >= 0 ? lead : first;
}

export interface ShapeContext {
  /** id prefix inside an attachment: annex-1- */
  prefix: string;
  para: (text: string, role?: Para['role']) => Para;
  /** a table unit as a block (a table, or its rows as paragraphs when its columns cannot be trusted) */
  table: (rows: string[][], line: number) => Block[];
}

const section = (role: Section['role'], id: string, num: string, title: string): Section => ({ kind: 'section', id, role, num, title, children: [] });

/**
 * Stage 2 for regulations (条例、办法、规定、细则): chapters 第一章 (chap-N), their sections 第一节 (sec-N-M), articles
 * 第一条 (art-N, numbered as printed so that 本办法第十二条 is #art-12), 款 as the article's paragraphs and 项 (（一）)
 * as its points. A 目录 the document prints is kept as it gives it (paragraphs), before the first article.
 */
export function structureRegulation(units: Unit[], ctx: ShapeContext): Block[] {
  const s: RegulationState = { ctx, top: [], contents: false, listed: new Set() };
  units.forEach((u, i) => {
    if ('rows' in u) holder(s).push(...ctx.table(u.rows, u.n));
    else if (!contentsLine(s, u.text) && !divisionLine(s, u.text, units[i + 1]) && !articleLine(s, u.text)) {
      holder(s).push(ctx.para(u.text, s.article && POINT.test(u.text) ? 'point' : undefined));
    }
  });
  return s.top;
}

/** Where a regulation's structure is: the open 编, 章, 节 (or Taiwan's 款 heading) and 条. */
interface RegulationState {
  ctx: ShapeContext;
  top: Block[];
  book?: Section;
  subbook?: Section;
  chapter?: Section;
  division?: Section;
  article?: Section;
  /** inside the document's own 目录, and the lines it has listed */
  contents: boolean;
  listed: Set<string>;
}

const holder = (s: RegulationState) => (s.article ?? s.division ?? s.chapter ?? s.subbook ?? s.book)?.children ?? s.top;
/** the id of a 编 a chapter is numbered afresh in (book-2-chap-1) */
const under = (s: RegulationState) => (s.book ? `${s.book.id.slice(s.ctx.prefix.length)}-` : '');

/** A 目录 line, or a list of attachments after the last article (the text's, not the article's). */
function contentsLine(s: RegulationState, t: string): boolean {
  if (/^附件/.test(t)) {
    s.article = undefined;
    s.top.push(s.ctx.para(t));
    return true;
  }
  if (CONTENTS_LINE.test(t) && !s.article) {
    s.contents = true;
    s.top.push(s.ctx.para(t, 'contents'));
    return true;
  }
  // the document's own 目录 lists the chapters: those lines stay its text, until the first one comes again
  if (s.contents && (CHAPTER.test(t) || DIVISION.test(t)) && !s.listed.has(t)) {
    s.listed.add(t);
    s.top.push(s.ctx.para(t, 'contents'));
    return true;
  }
  s.contents = false;
  return false;
}

/** A 编, 章 or 节 heading (or Taiwan's 款 heading under a 节, when an article follows it). */
function divisionLine(s: RegulationState, t: string, next: Unit | undefined): boolean {
  const { prefix } = s.ctx;
  const bm = BOOK.exec(t);
  const sm = SUBBOOK.exec(t);
  const cm = CHAPTER.exec(t);
  const dm = DIVISION.exec(t);
  const km = SUBDIVISION.exec(t);
  if (bm) {
    s.book = section('book', `${prefix}book-${chineseNumber(bm[1]!)}`, `第${bm[1]}编`, bm[2]!.trim());
    s.subbook = s.chapter = s.division = s.article = undefined;
    s.top.push(s.book);
  } else if (sm) {
    s.subbook = section('book', `${prefix}${under(s)}subbook-${chineseNumber(sm[1]!)}`, `第${sm[1]}分编`, sm[2]!.trim());
    s.chapter = s.division = s.article = undefined;
    (s.book?.children ?? s.top).push(s.subbook);
  } else if (cm) {
    s.chapter = section('chapter', `${prefix}${under(s)}chap-${chineseNumber(cm[1]!)}`, `第${cm[1]}章`, cm[2]!.trim());
    s.division = s.article = undefined;
    ((s.subbook ?? s.book)?.children ?? s.top).push(s.chapter);
  } else if (dm) {
    const c = s.chapter ? chineseNumber(s.chapter.num!.slice(1, -1)) : 0;
    s.division = section('division', `${prefix}${under(s)}sec-${c}-${chineseNumber(dm[1]!)}`, `第${dm[1]}节`, dm[2]!.trim());
    s.article = undefined;
    ((s.chapter ?? s.subbook ?? s.book)?.children ?? s.top).push(s.division);
  } else if (km && s.division && next && 'text' in next && ARTICLE.test(next.text)) {
    const sub = section('division', `${s.division.id}-${chineseNumber(km[1]!)}`, `第${km[1]}款`, km[2]!.trim());
    s.division.children.push(sub);
    s.division = sub;
    s.article = undefined;
  } else return false;
  return true;
}

/** 第十二条, its first paragraph (款) on the same line when the source runs it on. */
function articleLine(s: RegulationState, t: string): boolean {
  const am = ARTICLE.exec(t);
  if (!am) return false;
  s.article = section('article', `${s.ctx.prefix}art-${chineseNumber(am[1]!)}`, `第${am[1]}条`, '');
  ((s.division ?? s.chapter ?? s.subbook ?? s.book)?.children ?? s.top).push(s.article);
  if (am[2]) s.article.children.push(s.ctx.para(am[2], POINT.test(am[2]) ? 'point' : undefined));
  return true;
}
