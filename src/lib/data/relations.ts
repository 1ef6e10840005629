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

type Facts = readonly RelationFacts[];
type Index = { byId: Map<string, RelationFacts>; back: Map<string, Map<string, string[]>> };

/** Who points at whom, once per library (an array of facts): each relation's other end, by target id. */
const indexes = new WeakMap<Facts, Index>();
function indexOf(docs: Facts): Index {
  let index = indexes.get(docs);
  if (index) return index;
  const back = new Map<string, Map<string, string[]>>();
  for (const d of docs) {
    // a merged variant repeats its base's relations; the base speaks for both
    if (d.mergedInto) continue;
    for (const key of [...DIRECTED.map(([forward]) => forward), 'related'] as const) {
      for (const target of d[key] ?? []) {
        if (target === d.docId) continue;
        const of = back.get(target) ?? back.set(target, new Map()).get(target)!;
        const ids = of.get(key) ?? of.set(key, []).get(key)!;
        if (!ids.includes(d.docId)) ids.push(d.docId);
      }
    }
  }
  index = { byId: new Map(docs.map((d) => [d.docId, d])), back };
  indexes.set(docs, index);
  return index;
}

/** This document's relations, each with the ids on the other end, in a fixed order; empty ones left out. Pass the same
 * array for every document of a library: the index of who points at whom is made once per array. */
export function relationsOf(id: string, docs: Facts): { key: RelationKey; ids: string[] }[] {
  const { byId, back } = indexOf(docs);
  const self = byId.get(id);
  if (!self) return [];
  const pointing = (key: string) => back.get(id)?.get(key) ?? [];
  const out: { key: RelationKey; ids: string[] }[] = [];
  for (const [forward, backward] of DIRECTED) {
    out.push({ key: forward, ids: self[forward] ?? [] });
    out.push({ key: backward, ids: pointing(forward) });
  }
  out.push({ key: 'variantOf', ids: self.mergedInto ? [self.mergedInto] : [] });
  const shown = new Set(out.flatMap((r) => r.ids));
  const related = [...(self.related ?? []), ...pointing('related')];
  out.push({ key: 'related', ids: [...new Set(related)].filter((r) => !shown.has(r)) });
  return out.filter((r) => r.ids.length);
}
