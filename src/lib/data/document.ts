import { ownTexts, visit } from '../pipeline/tree.ts';
import type { Block, Section, StructuredDoc, Turn } from '../pipeline/types.ts';

/**
 * The text half of a document's open data (dist/data/documents/<id>.json): its clause tree in both scripts, with the
 * ids the page uses as anchors. `npm run content` writes it to content/generated/data/; the site adds metadata,
 * status, relations and URLs (src/pages/data/). The shape is public/data/document.schema.json.
 */

/** Text in both scripts. */
export interface Both {
  'zh-hans': string;
  'zh-hant': string;
}

/** A paragraph, a heading inside a turn, or a sidebar: text that is not a clause. */
export interface TextData {
  id: string;
  kind: 'para' | 'heading' | 'aside';
  text: Both;
}

/** A table, cell by cell in both scripts. */
export interface TableData {
  id: string;
  kind: 'table';
  head?: Both[];
  rows: Both[][];
}

export interface ClauseData {
  id: string;
  /** part 一、, article （一）, item 1., a news article, the 通知, the plan it carries, a subhead, or a transcript turn */
  kind: Section['role'] | 'turn';
  /** the clause's number as printed: 一、 （十二） 第十二条 9. */
  num?: string;
  title?: Both;
  /** turns: question, answer, host … */
  turn?: Turn['turn'];
  speaker?: Both;
  content: (TextData | TableData)[];
  clauses: ClauseData[];
}

export interface DocumentText {
  id: string;
  /** the document's abstract, or the opening of its text */
  summary: Both;
  content: (TextData | TableData)[];
  clauses: ClauseData[];
}

const SUMMARY_CHARS = 120;
const both = (hans: string, hant: string): Both => ({ 'zh-hans': hans, 'zh-hant': hant });
const clip = (s: string) => ([...s].length > SUMMARY_CHARS ? `${[...s].slice(0, SUMMARY_CHARS).join('')}…` : s);

function byId(blocks: Block[]): Map<string, Block> {
  const m = new Map<string, Block>();
  visit(blocks, (b) => {
    m.set(b.id, b);
  });
  return m;
}

/** The same text of both scripts (the trees have one shape: conversion maps strings only). */
function textOf(b: Block, other: Block): Both {
  return both(ownTexts(b, { labels: true }).join('\n'), ownTexts(other, { labels: true }).join('\n'));
}

function clause(b: Section | Turn, o: Section | Turn): ClauseData {
  if (b.kind === 'section' && o.kind === 'section') {
    return { id: b.id, kind: b.role, ...(b.num ? { num: b.num } : {}), title: both(b.title, o.title), content: [], clauses: [] };
  }
  const t = b as Turn;
  const ot = o as Turn;
  const who = [t.outlet ?? t.speaker?.name, t.speaker?.position].filter(Boolean).join(' ');
  const owho = [ot.outlet ?? ot.speaker?.name, ot.speaker?.position].filter(Boolean).join(' ');
  return { id: t.id, kind: 'turn', turn: t.turn, ...(who ? { speaker: both(who, owho) } : {}), content: [], clauses: [] };
}

/** One document's clause tree in both scripts. `hant` is `hans` converted (convertDocument). */
export function documentText(hans: StructuredDoc, hant: StructuredDoc): DocumentText {
  const other = byId(hant.blocks);
  const root: DocumentText = { id: hans.meta.id, summary: both('', ''), content: [], clauses: [] };
  const nodes = new Map<string, ClauseData>();
  visit(hans.blocks, (b, ancestors) => {
    const o = other.get(b.id);
    if (!o || o.kind !== b.kind) throw new Error(`${hans.meta.id}: block ${b.id} differs between the scripts`);
    const parent = ancestors.length ? nodes.get(ancestors.at(-1)!.id)! : root;
    if (b.kind === 'section' || b.kind === 'turn') {
      const c = clause(b, o as Section | Turn);
      nodes.set(b.id, c);
      parent.clauses.push(c);
    } else if (b.kind === 'table' && o.kind === 'table') {
      const cells = (a: string[], z: string[]) => a.map((c, k) => both(c, z[k] ?? c));
      parent.content.push({
        id: b.id,
        kind: 'table',
        ...(b.head ? { head: cells(b.head, o.head ?? []) } : {}),
        rows: b.rows.map((r, k) => cells(r, o.rows[k] ?? [])),
      });
    } else if (b.kind !== 'table') {
      parent.content.push({ id: b.id, kind: b.kind, text: textOf(b, o) });
    }
  });
  // the opening of the text: paragraphs in reading order until the summary is full (addressees, bylines … only if
  // there is nothing else)
  const opening = (blocks: Block[]) => {
    const paras: { text: string; role?: string }[] = [];
    visit(blocks, (b) => {
      if (b.kind === 'para') paras.push(b);
    });
    const body = paras.filter((p) => !p.role).length ? paras.filter((p) => !p.role) : paras;
    let text = '';
    for (const p of body) {
      if ([...text].length >= SUMMARY_CHARS) break;
      text += p.text;
    }
    return text;
  };
  root.summary = both(clip(hans.meta.abstract ?? opening(hans.blocks)), clip(hant.meta.abstract ?? opening(hant.blocks)));
  return root;
}
