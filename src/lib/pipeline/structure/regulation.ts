import type { Block, Para, Section } from '../types.ts';
import { chineseNumber } from './numerals.ts';
import type { Unit } from './units.ts';

/** A number as regulations print it: 十二, 一百零四, or 12 in a Taiwan text (第 12 條). */
const NUM = '([一二三四五六七八九十百零〇两\\d]{1,7})';
const BOOK = new RegExp(`^第${NUM}编[\\s　]*(.{0,40})$`, 'u');
const CHAPTER = new RegExp(`^第${NUM}章[\\s　]*(.{0,40})$`, 'u');
const DIVISION = new RegExp(`^第${NUM}节[\\s　]*(.{0,40})$`, 'u');
/** 第十二条 at the start of a line, not a sentence about it (第十二条规定的…, 第三条的, 第五条中的, 第二条第一款) */
const ARTICLE = new RegExp(`^第${NUM}条(?!规定|的|中的|所[列称指述]|第[一二三四五六七八九十]{1,3}[款项])[\\s　]*(.*)$`, 'u');
/** 项 inside an article (（一）), and the smaller sub-items （1） ① (i) (a) */
const POINT = /^(?:（[一二三四五六七八九十]{1,3}）|[（(]\d{1,2}[)）]|[①-⑳]|[（(](?:[ivx]{1,4}|[a-z])[)）])/u;
const CONTENTS = /^目\s*录$/u;
const SUBDIVISION = new RegExp(`^第${NUM}款[\\s　]*(\\p{sc=Han}[^，。；：]{0,20})$`, 'u');

/**
 * Where a regulation (条例、办法、规定、细则) starts: its 目录, first 编 or chapter, or 第一条, when three or more articles follow
 * numbered from 第一条; -1 for any other text.
 */
export function regulationStart(units: Unit[]): number {
  const articles = units.flatMap((u, i) => ('text' in u && ARTICLE.test(u.text) ? [i] : []));
  const first = articles[0];
  if (articles.length < 3 || first === undefined || chineseNumber(ARTICLE.exec((units[first] as { text: string }).text)![1]!) !== 1) return -1;
  const lead = units.slice(0, first).findIndex((u) => 'text' in u && (CONTENTS.test(u.text) || BOOK.test(u.text) || CHAPTER.test(u.text)));
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
  const top: Block[] = [];
  let chapter: Section | undefined;
  let division: Section | undefined;
  let article: Section | undefined;
  let contents = false;
  const listed = new Set<string>();
  let book: Section | undefined;
  const holder = () => (article ?? division ?? chapter ?? book)?.children ?? top;
  const under = (s: Section | undefined) => (s ? `${s.id.slice(ctx.prefix.length)}-` : '');
  for (const [i, u] of units.entries()) {
    if ('rows' in u) {
      holder().push(...ctx.table(u.rows, u.n));
      continue;
    }
    const t = u.text;
    // a list of attachments after the last article is the text's, not the article's
    if (/^附件/.test(t)) {
      article = undefined;
      top.push(ctx.para(t));
      continue;
    }
    if (CONTENTS.test(t) && !article) {
      contents = true;
      top.push(ctx.para(t, 'contents'));
      continue;
    }
    const cm = CHAPTER.exec(t);
    const dm = DIVISION.exec(t);
    // the document's own 目录 lists the chapters: those lines stay its text, until the first one comes again
    if (contents && (cm || dm) && !listed.has(t)) {
      listed.add(t);
      top.push(ctx.para(t, 'contents'));
      continue;
    }
    contents = false;
    const bm = BOOK.exec(t);
    if (bm) {
      book = section('book', `${ctx.prefix}book-${chineseNumber(bm[1]!)}`, `第${bm[1]}编`, bm[2]!.trim());
      chapter = division = article = undefined;
      top.push(book);
      continue;
    }
    if (cm) {
      // chapters are numbered afresh in each 编 (book-2-chap-1)
      chapter = section('chapter', `${ctx.prefix}${under(book)}chap-${chineseNumber(cm[1]!)}`, `第${cm[1]}章`, cm[2]!.trim());
      division = article = undefined;
      (book?.children ?? top).push(chapter);
      continue;
    }
    if (dm) {
      const c = chapter ? chineseNumber(chapter.num!.slice(1, -1)) : 0;
      division = section('division', `${ctx.prefix}${under(book)}sec-${c}-${chineseNumber(dm[1]!)}`, `第${dm[1]}节`, dm[2]!.trim());
      article = undefined;
      ((chapter ?? book)?.children ?? top).push(division);
      continue;
    }
    // Taiwan's 款 as a heading under a 节 (第五款 侵权行为), when an article follows
    const km = SUBDIVISION.exec(t);
    const next = units[i + 1];
    if (km && division && next && 'text' in next && ARTICLE.test(next.text)) {
      const sub = section('division', `${division.id}-${chineseNumber(km[1]!)}`, `第${km[1]}款`, km[2]!.trim());
      division.children.push(sub);
      division = sub;
      article = undefined;
      continue;
    }
    const am = ARTICLE.exec(t);
    if (am) {
      article = section('article', `${ctx.prefix}art-${chineseNumber(am[1]!)}`, `第${am[1]}条`, '');
      ((division ?? chapter)?.children ?? top).push(article);
      if (am[2]) article.children.push(ctx.para(am[2], POINT.test(am[2]) ? 'point' : undefined));
      continue;
    }
    holder().push(ctx.para(t, article && POINT.test(t) ? 'point' : undefined));
  }
  return top;
}
