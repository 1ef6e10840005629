import { describe, expect, it } from 'vitest';
import {
  buildLists,
  byNewest,
  hashSlug,
  listPaths,
  NAV_LIMIT,
  pairIssuers,
  slugsFor,
  splitIssuers,
  type Listable,
} from '../../src/lib/lists.ts';
import { pagePath, pageWindow } from '../../src/lib/slices.ts';

/** n synthetic documents over 4 types, 12 years and 40 issuers, a sixth of them joint. */
function corpus(n: number): Listable[] {
  const types = ['policy', 'interpretation', 'transcript', 'news'];
  return Array.from({ length: n }, (_, i) => {
    const one = { key: `山东省第${i % 40}厅`, label: `山東省第${i % 40}廳` };
    const two = { key: `山东省第${(i + 7) % 40}厅`, label: `山東省第${(i + 7) % 40}廳` };
    return {
      id: `doc-${String(i).padStart(5, '0')}`,
      type: types[(i * 7) % 4]!,
      date: `${2014 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      issuers: i % 6 === 0 ? [one, two] : i % 11 === 0 ? [] : [one],
    };
  });
}

describe('the pager', () => {
  it('shows at most seven entries (first, last, the page either side, two gaps): one row at 390 px', () => {
    expect(pageWindow(50, 200, 1)).toEqual([1, null, 49, 50, 51, null, 200]);
    for (let p = 1; p <= 300; p++) expect(pageWindow(p, 300, 1).length).toBeLessThanOrEqual(7);
  });
});

describe('issuers and slugs', () => {
  it('joint issuers written with 、 are each an issuer', () => {
    expect(splitIssuers('中共山东省委、山东省人民政府')).toEqual(['中共山东省委', '山东省人民政府']);
    expect(splitIssuers(undefined)).toEqual([]);
    expect(splitIssuers('大众日报 / 大众新闻')).toEqual(['大众日报 / 大众新闻']);
  });
  it('a script’s wording is keyed by the default script’s, part by part', () => {
    expect(pairIssuers('中共山東省委、山東省人民政府', '中共山东省委、山东省人民政府')).toEqual([
      { key: '中共山东省委', label: '中共山東省委' },
      { key: '山东省人民政府', label: '山東省人民政府' },
    ]);
    // split differently: the whole string stays one issuer rather than pairing the wrong parts
    expect(pairIssuers('甲、乙', '甲乙')).toEqual([{ key: '甲乙', label: '甲、乙' }]);
    expect(pairIssuers(undefined, undefined)).toEqual([]);
  });
  it('a slug is 8 URL-safe characters starting with a letter, the same on every run', () => {
    const s = hashSlug('山东省人民政府');
    expect(s).toMatch(/^[a-z][0-9a-z]{7}$/);
    expect(hashSlug('山东省人民政府')).toBe(s);
    expect(hashSlug('山东省人民政府办公厅')).not.toBe(s);
  });
  it('10,000 names get 10,000 distinct slugs, none a page number', () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `机构${i}`);
    const slugs = slugsFor(names);
    expect(new Set(slugs.values()).size).toBe(10_000);
    for (const s of slugs.values()) expect(s).toMatch(/^[a-z][0-9a-z]+$/);
  });
  it('a collision lengthens only the colliding slugs; every other name keeps its own', () => {
    // 3-character slugs collide soon: find two names that share one
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; !pair; i++) {
      const s = hashSlug(`n${i}`, 3);
      if (seen.has(s)) pair = [seen.get(s)!, `n${i}`];
      else seen.set(s, `n${i}`);
    }
    const others = [...seen.values()].filter((n) => !pair.includes(n)).slice(0, 50);
    const slugs = slugsFor([...others, ...pair], 3);
    expect(new Set(slugs.values()).size).toBe(52);
    for (const n of others) expect(slugs.get(n)).toBe(hashSlug(n, 3));
    for (const n of pair) expect(slugs.get(n)).toMatch(/^[a-z][0-9a-z]{11}$/);
    expect(slugsFor(['甲']).get('甲')).toBe(slugsFor(['甲', '乙', '丙']).get('甲'));
  });
});

describe('buildLists', () => {
  const docs = corpus(1234);
  const size = 50;
  const lists = buildLists(docs, { size, indexSize: 10, typeOrder: ['policy', 'interpretation', 'transcript', 'news'] });
  const full = lists.pages.filter((p) => !p.facet);

  it('the full list: every document on exactly one page, newest first, pages of the size given', () => {
    expect(full.map((p) => p.path)).toEqual(Array.from({ length: 25 }, (_, i) => pagePath('documents/', i + 1)));
    const ids = full.flatMap((p) => p.items.map((d) => d.id));
    expect(ids.length).toBe(docs.length);
    expect(new Set(ids).size).toBe(docs.length);
    expect(full.flatMap((p) => p.items)).toEqual([...docs].sort(byNewest));
    for (const p of full) expect(p).toMatchObject({ pages: 25, total: 1234, base: 'documents/' });
  });
  it('no page, list or index, holds more than its size', () => {
    for (const p of lists.pages) expect(p.items.length).toBeLessThanOrEqual(size);
    for (const p of lists.indexes) expect(p.values.length).toBeLessThanOrEqual(10);
  });
  it('type and year counts add up to the corpus; issuer counts to the issuers named', () => {
    const sum = (k: 'type' | 'year' | 'issuer') => lists.facets[k].reduce((s, v) => s + v.count, 0);
    expect(sum('type')).toBe(docs.length);
    expect(sum('year')).toBe(docs.length);
    expect(sum('issuer')).toBe(docs.reduce((s, d) => s + d.issuers.length, 0));
    expect(lists.facets.year).toHaveLength(12);
    expect(lists.facets.issuer).toHaveLength(40);
  });
  it('each facet value’s pages hold exactly its documents, and its count', () => {
    for (const v of [...lists.facets.type, ...lists.facets.year, ...lists.facets.issuer]) {
      const pages = lists.pages.filter((p) => p.facet?.path === v.path);
      const items = pages.flatMap((p) => p.items);
      expect(items.length, v.path).toBe(v.count);
      expect(pages[0]!.path).toBe(v.path);
      expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
      const expected = docs.filter((d) => (v.kind === 'type' ? d.type === v.value : v.kind === 'year' ? d.date.startsWith(v.value) : d.issuers.some((i) => i.label === v.label)));
      expect(items.map((d) => d.id).sort()).toEqual(expected.map((d) => d.id).sort());
    }
  });
  it('navigation order: types as given, years newest first, issuers by count', () => {
    expect(lists.facets.type.map((v) => v.value)).toEqual(['policy', 'interpretation', 'transcript', 'news']);
    expect(lists.facets.year.map((v) => v.value)).toEqual(Array.from({ length: 12 }, (_, i) => String(2025 - i)));
    const counts = lists.facets.issuer.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(NAV_LIMIT.issuer).toBeLessThan(lists.facets.issuer.length);
  });
  it('facet paths: documents/<facet>/<value>/, issuers by slug with the script’s label', () => {
    expect(lists.facets.type[0]!.path).toBe('documents/type/policy/');
    expect(lists.facets.year[0]!.path).toBe('documents/year/2025/');
    const v = lists.facets.issuer.find((x) => x.label === '山東省第3廳')!;
    expect(v.path).toBe(`documents/issuer/${hashSlug('山东省第3厅')}/`);
  });
  it('both scripts get the same paths: issuers are keyed by the default script', () => {
    const hans = buildLists(docs.map((d) => ({ ...d, issuers: d.issuers.map((i) => ({ key: i.key, label: i.key })) })), { size });
    expect(listPaths(hans)).toEqual(listPaths(buildLists(docs, { size })));
  });
  it('each facet has an index of its values, paginated', () => {
    const issuerIndex = lists.indexes.filter((p) => p.kind === 'issuer');
    expect(issuerIndex.map((p) => p.path)).toEqual(['documents/issuer/', 'documents/issuer/2/', 'documents/issuer/3/', 'documents/issuer/4/']);
    expect(issuerIndex.flatMap((p) => p.values)).toEqual(lists.facets.issuer);
  });
  it('every path is unique', () => {
    const paths = listPaths(lists);
    expect(new Set(paths).size).toBe(paths.length);
  });
  it('an empty corpus still has its first list page', () => {
    const empty = buildLists([], { size });
    expect(empty.pages).toMatchObject([{ path: 'documents/', page: 1, pages: 1, total: 0, items: [] }]);
  });
  it('the same input in any order gives the same lists', () => {
    expect(buildLists([...docs].reverse(), { size })).toEqual(buildLists(docs, { size }));
  });
});
