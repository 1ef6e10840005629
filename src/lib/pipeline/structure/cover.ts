import type { Para, Section } from '../types.ts';
import { DATE_LINE, PART, TITLE_LIKE, type PartsState } from './parts-state.ts';

/** a 通知's title, or the title of one that issues or forwards a text given without its closing 的通知 (a web page's
 * 关于印发…工作方案) */
const NOTICE_TITLE = /^(?:[^。]{4,100}的通知|[^。]{2,40}关于(?:印发|转发|轉發)[^。]{4,100})$/u;
/** an order that promulgates the text (中华人民共和国国务院令, 山东省人民政府令): its cover is the number, the promulgation,
 * the signer and the date */
const ORDER_TITLE = /^(?:中华人民共和国)?\p{sc=Han}{2,24}令$/u;
const ORDER_NUMBER = /^第\s*\d{1,4}\s*号$/u;
const DOC_NUMBER = /^[\p{sc=Han}]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号$/u;
const PUBLICATION_NOTE = /^（此件[^）]{2,10}）$/;
const ADDRESSEE = /^[^。]{2,200}[：:]$/;

/**
 * The lines before the text proper, when `text` is one of them: a 通知's title opens its cover (document number,
 * addressees, signature, date, 此件公开发布), the title of the plan it issues follows, and a text without a cover may
 * give its document number under its title (法释〔2023〕11号). Returns whether the line was taken.
 */
export function frontLine(s: PartsState, text: string, i: number): boolean {
  const { para, prefix } = s.ctx;
  if (!s.notice && !prefix && ((NOTICE_TITLE.test(text) && i < 3) || (ORDER_TITLE.test(text) && i < 6))) {
    s.notice = { kind: 'section', id: 'notice', role: 'notice', title: text, children: [] };
    s.top.push(s.notice);
    s.container = s.notice.children;
    return true;
  }
  const inCover = !!s.notice && s.container === s.notice.children;
  // the cover ends at its publication note or, without one, where a title follows its date
  const coverDone = !!s.notice && (s.container === s.top || (inCover && s.notice.children.at(-1)?.kind === 'para' && (s.notice.children.at(-1) as Para).role === 'date'));
  if (coverDone && !s.part && TITLE_LIKE(text) && !PART.test(text) && !PUBLICATION_NOTE.test(text)) {
    const plan: Section = { kind: 'section', id: 'plan', role: 'plan', title: text, children: [] };
    s.top.push(plan);
    s.container = plan.children;
    return true;
  }
  if (inCover) return coverLine(s, text);
  if (!s.notice && !s.part && i < 6 && DOC_NUMBER.test(text) && !s.facts.docNumber && !prefix) {
    s.facts.docNumber = text;
    s.container.push(para(text, 'doc-number'));
    return true;
  }
  return false;
}

/** A line inside the 通知 cover; a notice whose text is divided into parts (一、…) keeps them inside it. */
function coverLine(s: PartsState, text: string): boolean {
  const { para } = s.ctx;
  const c = s.container;
  if (DOC_NUMBER.test(text) || (ORDER_NUMBER.test(text) && ORDER_TITLE.test(s.notice!.title))) {
    // an order's number is the order's: 国务院令第227号
    s.facts.docNumber = DOC_NUMBER.test(text) ? text : `${s.notice!.title.replace(/^中华人民共和国/u, '')}${text.replace(/\s+/g, '')}`;
    c.push(para(text, 'doc-number'));
  } else if (DATE_LINE.test(text)) {
    s.facts.signedDate = text;
    const prev = c.at(-1);
    if (prev?.kind === 'para' && TITLE_LIKE(prev.text) && !prev.role) {
      prev.role = 'signature';
      s.facts.issuerLine = prev.text;
    }
    c.push(para(text, 'date'));
  } else if (PUBLICATION_NOTE.test(text)) {
    c.push(para(text, 'publication-note'));
    s.container = s.top;
  } else if (ADDRESSEE.test(text) && c.length <= 2) c.push(para(text, 'addressee'));
  else if (!s.part && !PART.test(text)) c.push(para(text));
  else return false;
  return true;
}
