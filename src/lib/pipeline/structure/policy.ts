import type { Block as SourceBlock } from '../clean/types.ts';
import type { Block, Para, Section } from '../types.ts';
import { paraCounter } from './ids.ts';
import { chineseNumber } from './numerals.ts';
import { joinLines } from '../text.ts';

const PART = /^([一二三四五六七八九十]{1,3})、([^。]{1,40})$/u;
const ARTICLE = /^（([一二三四五六七八九十]{1,3})）([^。]{1,60}。)(.*)$/u;
const ITEM = /^(\d{1,2})\.([^。]{1,60}。)(.*)$/u;
const NOTICE_TITLE = /^[^。]{4,100}的通知$/u;
const DOC_NUMBER = /^[\p{sc=Han}]{1,10}〔\d{4}〕\d{1,4}号$/u;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const PUBLICATION_NOTE = /^（此件[^）]{2,10}）$/;
const ADDRESSEE = /^[^。]{2,200}[：:]$/;
const LEAD_NOTE = /（[^（）]*(?:（[^（）]*）[^（）]*)*(?:牵头|负责|配合)[^（）]*）$/u;
const TITLE_LIKE = (t: string) => t.length <= 60 && !/[。，；：]/.test(t);

export interface PolicyFacts {
  docNumber?: string;
  signedDate?: string;
  issuerLine?: string;
}

/** Stage 2 for policy texts: preamble, 通知 cover, parts 一、, articles （一）, items 1. with lead-department notes. */
export function structurePolicy(source: SourceBlock[]): { blocks: Block[]; facts: PolicyFacts } {
  const nextP = paraCounter();
  const facts: PolicyFacts = {};
  const top: Block[] = [];
  let container: Block[] = top;
  let part: Section | undefined;
  let leaf: Section | undefined;
  let notice: Section | undefined;
  const para = (text: string, role?: Para['role']): Para => {
    const p: Para = { kind: 'para', id: nextP(), text };
    if (role) p.role = role;
    return p;
  };
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
  const texts = source.map((b) => joinLines(b.lines));
  texts.forEach((text, i) => {
    if (!notice && NOTICE_TITLE.test(text) && i < 3) {
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
      container.push(para(text));
      return;
    }
    if (notice && container === top && !part && TITLE_LIKE(text) && !PART.test(text)) {
      const plan: Section = { kind: 'section', id: 'plan', role: 'plan', title: text, children: [] };
      top.push(plan);
      container = plan.children;
      return;
    }
    const pm = PART.exec(text);
    if (pm && !/[。]/.test(text)) {
      const n = chineseNumber(pm[1]!);
      part = { kind: 'section', id: `part-${n}`, role: 'part', num: `${pm[1]}、`, title: pm[2]!, children: [] };
      leaf = undefined;
      (top.at(-1)?.kind === 'section' && (top.at(-1) as Section).role === 'plan' ? (top.at(-1) as Section).children : top).push(part);
      return;
    }
    const am = ARTICLE.exec(text) ?? ITEM.exec(text);
    if (am && part) {
      const isItem = /^\d/.test(am[1]!);
      const n = isItem ? Number(am[1]) : chineseNumber(am[1]!);
      leaf = {
        kind: 'section',
        id: isItem ? `item-${n}` : `art-${n}`,
        role: isItem ? 'item' : 'article',
        num: isItem ? `${am[1]}.` : `（${am[1]}）`,
        title: am[2]!.replace(/。$/, ''),
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
  return { blocks: top, facts };
}
