import { groupBy } from '../slices.ts';
import { ownTexts, visit } from './tree.ts';
import type { StructuredDoc } from './types.ts';

/**
 * The policy's own vocabulary: every quoted term or slogan (“双圈”, “好房子”, “一网统管”), counted per document with a
 * link to every occurrence. Quotations longer than MAX_TERM characters are sentences, not terms.
 */
export const MAX_TERM = 16;

export interface TermEntry {
  term: string;
  /** ASCII anchor for the terms page: term-1 … in order of frequency */
  id: string;
  total: number;
  perDoc: Record<string, number>;
  occurrences: { doc: string; id: string }[];
}

/** A term as the site plans 政策热词 from (terms.json): its rank, its text, how often and in how many documents. */
export interface TermHead {
  id: string;
  term: string;
  total: number;
  docs: number;
}

/** A document that uses a term, with the anchors of its occurrences there in reading order (terms/<id>.json: the same
 * in both scripts, so written once). */
export interface TermUse {
  doc: string;
  ids: string[];
}

export const termHeadOf = (e: TermEntry): TermHead => ({ id: e.id, term: e.term, total: e.total, docs: Object.keys(e.perDoc).length });

/** Every document that uses the term, in the order of its first occurrence there. */
export const termUsesOf = (e: TermEntry): TermUse[] => [...groupBy(e.occurrences, (o) => o.doc)].map(([doc, os]) => ({ doc, ids: os.map((o) => o.id) }));

/** occurrences per document, counted in one pass (a term of a large library occurs thousands of times) */
function perDoc(occurrences: { doc: string }[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const o of occurrences) n[o.doc] = (n[o.doc] ?? 0) + 1;
  return n;
}

export function extractTerms(docs: StructuredDoc[]): TermEntry[] {
  const found = new Map<string, { doc: string; id: string }[]>();
  const scan = (doc: string, id: string, text: string) => {
    for (const m of text.matchAll(/“([^“”]{2,60})”/g)) {
      const term = m[1]!.trim();
      if ([...term].length > MAX_TERM || !/\p{sc=Han}/u.test(term) || /[。；！？]/.test(term)) continue;
      (found.get(term) ?? found.set(term, []).get(term)!).push({ doc, id });
    }
  };
  for (const d of docs) {
    if (d.mergedInto) continue;
    visit(d.blocks, (b) => {
      for (const text of ownTexts(b, { subtitles: false })) scan(d.meta.id, b.id, text);
    });
  }
  return [...found]
    .map(([term, occurrences]) => ({
      term,
      total: occurrences.length,
      perDoc: perDoc(occurrences),
      occurrences,
    }))
    .sort((a, b) => b.total - a.total || (a.term < b.term ? -1 : 1))
    .map((e, i) => ({ ...e, id: `term-${i + 1}` }));
}
