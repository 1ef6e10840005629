import type { Block, Section } from '../types.ts';
import type { ShapeContext } from './regulation.ts';

export interface PolicyFacts {
  docNumber?: string;
  signedDate?: string;
  issuerLine?: string;
  /** what the build report should tell the editor: a table whose columns could not be trusted … */
  warnings: string[];
}

/** Where the 一、/（一）/1. shape is in its text: the open cover, part and clause, and the list top-level blocks go to. */
export interface PartsState {
  ctx: ShapeContext;
  facts: PolicyFacts;
  top: Block[];
  /** the 通知 cover's children, a plan's children, or top */
  container: Block[];
  notice?: Section;
  /** the open 第X章 of a plan divided into chapters of parts (a 规划纲要) */
  chapter?: Section;
  part?: Section;
  /** the open article, item or question */
  leaf?: Section;
  questions: number;
  /** the section ids given so far: a number printed again (（一） in each part) is qualified by its parent's */
  used: Set<string>;
}

export { DATE_LINE } from '../text.ts';
export const TITLE_LIKE = (t: string) => t.length <= 60 && !/[。，；：]/.test(t);
export const PART = /^([一二三四五六七八九十]{1,3})、([^。]{1,40})$/u;
