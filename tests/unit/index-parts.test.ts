import { describe, expect, it } from 'vitest';
import type { PartDoc } from '../../src/lib/partition.ts';
import { FIRST_PART_PAGES, indexParts } from '../../src/lib/search/build-index.ts';

const library = (n: number): PartDoc[] =>
  Array.from({ length: n }, (_, k) => ({ docId: `d${String(k).padStart(5, '0')}`, type: k % 3 ? 'news' : 'policy', date: `${2015 + (k % 10)}-0${1 + (k % 9)}-01` }));

describe('search index parts (src/lib/search/build-index.ts)', () => {
  it('a library within SEARCH_PAGES is one part', () => {
    expect(indexParts(library(100), 3500)).toHaveLength(1);
  });

  it('a larger one: a small first part of the newest policy texts, the rest in parts within SEARCH_PAGES', () => {
    const docs = library(10_000);
    const parts = indexParts(docs, 3500);
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, k) => k + 1));
    expect(parts[0]!.docIds.size).toBe(FIRST_PART_PAGES / 2);
    for (const p of parts) expect(p.docIds.size * 2).toBeLessThanOrEqual(3500);
    // every document in exactly one part
    const all = parts.flatMap((p) => [...p.docIds]);
    expect(all.length).toBe(docs.length);
    expect(new Set(all).size).toBe(docs.length);
    const first = docs.filter((d) => parts[0]!.docIds.has(d.docId));
    expect(first.every((d) => d.type === 'policy')).toBe(true);
    const later = docs.filter((d) => d.type === 'policy' && !parts[0]!.docIds.has(d.docId));
    // the newest ones: no policy text left out is newer than one taken
    expect(first.map((d) => d.date).sort()[0]! >= later.map((d) => d.date).sort().at(-1)!).toBe(true);
  });

  it('a document of the first part brings the variants merged into it', () => {
    const docs = library(10_000);
    const newest = [...docs].filter((d) => d.type === 'policy').sort((a, b) => b.date.localeCompare(a.date) || a.docId.localeCompare(b.docId))[0]!;
    const variant = { docId: 'variant-of-newest', type: 'transcript', date: '2015-01-01', mergedInto: newest.docId };
    const parts = indexParts([...docs, variant], 3500);
    expect(parts[0]!.docIds.has(newest.docId)).toBe(true);
    expect(parts[0]!.docIds.has(variant.docId)).toBe(true);
    expect(parts[0]!.docIds.size * 2).toBeLessThanOrEqual(FIRST_PART_PAGES);
    expect(parts.slice(1).some((p) => p.docIds.has(variant.docId))).toBe(false);
  });

  it('the first part is never larger than SEARCH_PAGES', () => {
    const parts = indexParts(library(10), 4);
    expect(parts[0]!.docIds.size).toBe(2);
    expect(parts.reduce((n, p) => n + p.docIds.size, 0)).toBe(10);
  });
});
