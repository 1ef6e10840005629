/**
 * Relations between documents, both ways: what meta.yml states on one end (interprets, implements, replaces,
 * repeals, related, a merged variant) is shown on both. The pipeline has already failed on a missing target.
 */

export interface RelationFacts {
  docId: string;
  interprets?: string[];
  related?: string[];
  implements?: string[];
  replaces?: string[];
  repeals?: string[];
  /** a variant source merged into this document */
  mergedInto?: string;
}

export type RelationKey =
  'interprets' | 'interpretedBy' | 'implements' | 'implementedBy' | 'replaces' | 'replacedBy' | 'repeals' | 'repealedBy' | 'variantOf' | 'related';

const DIRECTED = [
  ['interprets', 'interpretedBy'],
  ['implements', 'implementedBy'],
  ['replaces', 'replacedBy'],
  ['repeals', 'repealedBy'],
] as const;

/** This document's relations, each with the ids on the other end, in a fixed order; empty ones left out. */
export function relationsOf(id: string, docs: readonly RelationFacts[]): { key: RelationKey; ids: string[] }[] {
  const self = docs.find((d) => d.docId === id);
  if (!self) return [];
  // a merged variant repeats its base's relations; the base speaks for both
  const others = docs.filter((d) => d.docId !== id && !d.mergedInto);
  const out: { key: RelationKey; ids: string[] }[] = [];
  for (const [forward, back] of DIRECTED) {
    out.push({ key: forward, ids: self[forward] ?? [] });
    out.push({ key: back, ids: others.filter((d) => d[forward]?.includes(id)).map((d) => d.docId) });
  }
  out.push({ key: 'variantOf', ids: self.mergedInto ? [self.mergedInto] : [] });
  const shown = new Set(out.flatMap((r) => r.ids));
  const related = [...(self.related ?? []), ...others.filter((d) => d.related?.includes(id)).map((d) => d.docId)];
  out.push({ key: 'related', ids: [...new Set(related)].filter((r) => !shown.has(r)) });
  return out.filter((r) => r.ids.length);
}
