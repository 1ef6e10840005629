import type { Block, StructuredDoc } from './types.ts';

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

export function extractTerms(docs: StructuredDoc[]): TermEntry[] {
  const found = new Map<string, { doc: string; id: string }[]>();
  const scan = (doc: string, id: string, text: string) => {
    for (const m of text.matchAll(/“([^“”]{2,60})”/g)) {
      const term = m[1]!.trim();
      if ([...term].length > MAX_TERM || !/\p{sc=Han}/u.test(term) || /[。；！？]/.test(term)) continue;
      found.set(term, [...(found.get(term) ?? []), { doc, id }]);
    }
  };
  for (const d of docs) {
    if (d.mergedInto) continue;
    const walk = (blocks: Block[]) => {
      for (const b of blocks) {
        if (b.kind === 'para' || b.kind === 'heading') scan(d.meta.id, b.id, b.text + (b.kind === 'para' ? (b.note ?? '') : ''));
        else if (b.kind === 'section') {
          scan(d.meta.id, b.id, b.title);
          walk(b.children);
        } else if (b.kind === 'turn') walk(b.children);
        else if (b.kind === 'aside') b.items.forEach((i) => scan(d.meta.id, b.id, i.heading + i.text));
      }
    };
    walk(d.blocks);
  }
  return [...found]
    .map(([term, occurrences]) => ({
      term,
      total: occurrences.length,
      perDoc: occurrences.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o.doc]: (acc[o.doc] ?? 0) + 1 }), {}),
      occurrences,
    }))
    .sort((a, b) => b.total - a.total || (a.term < b.term ? -1 : 1))
    .map((e, i) => ({ ...e, id: `term-${i + 1}` }));
}
