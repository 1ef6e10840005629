import { describe, expect, it } from 'vitest';
import { DOCS_PER_ROW, DOCS_PER_TERM_PAGE, TERMS_PER_PAGE, termEntryPath, termListPage, termsPlan } from '../../src/lib/aggregates/terms.ts';
import { TARGETS_PER_PAGE, deadlineSlug, targetsPlan } from '../../src/lib/aggregates/targets.ts';
import { TIMELINE_PER_PAGE, TIMELINE_RECENT, timelinePlan, timelineRows } from '../../src/lib/aggregates/timeline.ts';
import { docParts, yearParts } from '../../src/lib/data/parts.ts';
import { chunk, groupBy, pack, pagePath, pageParam, pageWindow } from '../../src/lib/slices.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('slices', () => {
  it('chunk: pages of at most size, the last one shorter, one empty page for nothing', () => {
    expect(chunk(range(5), 2)).toEqual([[0, 1], [2, 3], [4]]);
    expect(chunk([], 3)).toEqual([[]]);
    expect(() => chunk([1], 0)).toThrow();
  });
  it('pack: whole groups onto pages of at most size, a group too big for a page cut into numbered pieces', () => {
    const g = (key: string, n: number) => ({ key, rows: range(n).map((i) => `${key}${i}`) });
    const pages = pack([g('a', 3), g('b', 2), g('c', 7), g('d', 0), g('e', 1)], 5);
    expect(pages.map((p) => p.map((x) => `${x.key}${x.rows.length}:${x.part}/${x.of}`))).toEqual([['a3:1/1', 'b2:1/1'], ['c5:1/2'], ['c2:2/2', 'e1:1/1']]);
    for (const p of pages) expect(p.reduce((s, x) => s + x.rows.length, 0)).toBeLessThanOrEqual(5);
    expect(pages.flat().flatMap((x) => x.rows)).toEqual(['a', 'b', 'c', 'e'].flatMap((k) => g(k, { a: 3, b: 2, c: 7, e: 1 }[k]!).rows));
    expect(pack([], 5)).toEqual([[]]);
  });
  it('groupBy keeps first-appearance order; page paths and params', () => {
    expect([...groupBy(['b1', 'a1', 'b2'], (s) => s[0]!)]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1']],
    ]);
    expect([pagePath('targets/2025/', 1), pagePath('targets/2025/', 3)]).toEqual(['targets/2025/', 'targets/2025/3/']);
    expect([pageParam('2025', 1), pageParam('2025', 3)]).toEqual(['2025', '2025/3']);
  });
  it('pageWindow: first, last and two either side, gaps as null; bounded however many pages', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(500, 100_000).length).toBeLessThanOrEqual(9);
  });
});

const target = (doc: string, deadline: string | undefined, kind: 'target' | 'achievement' | 'condition' = 'target') => ({ doc, deadline, kind });

describe('指标一览 plan', () => {
  it('one list per deadline in order (by year, a period by its end year), then 每年, 未载明, grouped by document in the site’s order', () => {
    const rows = [
      target('b', '2035'),
      target('a', undefined),
      target('a', '2025'),
      target('b', '2025', 'achievement'),
      target('c', 'annual'),
      target('a', '2021–2025'),
    ];
    const { deadlines, slices } = targetsPlan(rows, ['b', 'a', 'c']);
    expect(deadlines.map((d) => d.slug)).toEqual(['2021-2025', '2025', '2035', 'annual', 'none']);
    expect(deadlines[1]).toMatchObject({ rows: 2, docs: 2, kinds: { target: 1, achievement: 1, condition: 0 }, pages: 1 });
    expect(slices[1]!.groups.map((g) => g.key)).toEqual(['b', 'a']);
    expect(deadlineSlug('2021–2025')).toBe('2021-2025');
  });
  it('at any size no page holds more than TARGETS_PER_PAGE figures, and every figure is on exactly one page', () => {
    const docs = range(3000).map((i) => `d${i}`);
    const rows = docs.flatMap((d, i) => range(1 + (i % 40)).map((k) => ({ ...target(d, ['2025', '2035', undefined][k % 3]), k })));
    const { slices, deadlines } = targetsPlan(rows, docs);
    const pageSizes = slices.map((s) => s.groups.reduce((n, g) => n + g.rows.length, 0));
    expect(Math.max(...pageSizes)).toBeLessThanOrEqual(TARGETS_PER_PAGE);
    expect(slices.flatMap((s) => s.groups.flatMap((g) => g.rows)).sort((a, b) => a.doc.localeCompare(b.doc) || a.k - b.k)).toEqual(
      [...rows].sort((a, b) => a.doc.localeCompare(b.doc) || a.k - b.k),
    );
    expect(deadlines.reduce((n, d) => n + d.pages, 0)).toBe(slices.length);
  });
});

const term = (rank: number, docs: number) => ({ id: `term-${rank}`, term: `词${rank}`, total: docs * 2, docs });

describe('政策热词 plan', () => {
  it('an entry’s page follows from its id alone, so a term in a document links to it', () => {
    expect([termListPage('term-1'), termListPage(`term-${TERMS_PER_PAGE}`), termListPage(`term-${TERMS_PER_PAGE + 1}`)]).toEqual([1, 1, 2]);
    expect(termEntryPath('term-150')).toBe(`terms/${Math.ceil(150 / TERMS_PER_PAGE)}/#term-150`);
    expect(() => termListPage('x')).toThrow();
  });
  it('list pages by rank; a term in many documents gets pages of its own; every document of a term is on some page', () => {
    const many = DOCS_PER_TERM_PAGE * 2 + 5;
    const entries = [term(2, 3), term(1, many), term(3, DOCS_PER_ROW), ...range(TERMS_PER_PAGE + 10).map((i) => term(i + 4, 1))];
    const { rows, slices } = termsPlan(entries);
    expect(rows.map((r) => r.entry.id).slice(0, 3)).toEqual(['term-1', 'term-2', 'term-3']);
    expect(rows.filter((r) => r.own).map((r) => r.entry.id)).toEqual(['term-1']);
    const lists = slices.filter((s) => s.kind === 'list');
    const own = slices.filter((s) => s.kind === 'term');
    expect(lists.map((s) => s.page)).toEqual([1, 2]);
    expect(lists.flatMap((s) => s.rows).length).toBe(entries.length);
    for (const s of lists) for (const r of s.rows) expect(termListPage(r.entry.id)).toBe(s.page);
    expect(own.map((s) => `${s.row.entry.id}:${s.page}/${s.pages} ${s.from}–${s.to}`)).toEqual([
      `term-1:1/3 0–${DOCS_PER_TERM_PAGE}`,
      `term-1:2/3 ${DOCS_PER_TERM_PAGE}–${DOCS_PER_TERM_PAGE * 2}`,
      `term-1:3/3 ${DOCS_PER_TERM_PAGE * 2}–${many}`,
    ]);
  });
});

describe('时间线 plan', () => {
  const ev = (date: string, i = 0) => ({ date, doc: 'a', id: `p-${i}`, sentence: `${date} 召开` });
  it('date order, an event before a document of the same day; a page per year, newest years first on the index', () => {
    const rows = timelineRows(
      [
        { date: '2025-09-18', doc: 'A' },
        { date: '2024-01-19', doc: 'B' },
      ],
      [ev('2025-09-18'), ev('2025-07')],
    );
    expect(rows.map((r) => `${r.date} ${r.kind}`)).toEqual(['2024-01-19 doc', '2025-07 event', '2025-09-18 event', '2025-09-18 doc']);
    const plan = timelinePlan(rows);
    expect(plan.years).toEqual([
      { year: '2025', docs: 1, events: 2, pages: 1 },
      { year: '2024', docs: 1, events: 0, pages: 1 },
    ]);
    expect(plan.recent.map((r) => r.date)).toEqual(['2025-09-18', '2025-09-18', '2025-07', '2024-01-19']);
  });
  it('a year larger than a page is paginated; the union of the pages is every entry once', () => {
    const n = TIMELINE_PER_PAGE;
    const rows = timelineRows(
      range(2 * n + 50).map((i) => ({ date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`, doc: i })),
      range(30).map((i) => ev('2025-05', i)),
    );
    const plan = timelinePlan(rows);
    expect(plan.slices.map((s) => `${s.year}:${s.page}/${s.pages}:${s.rows.length}`)).toEqual(['2025:1/1:30', `2026:1/3:${n}`, `2026:2/3:${n}`, '2026:3/3:50']);
    expect(plan.slices.flatMap((s) => s.rows)).toEqual(rows);
    expect(plan.recent).toHaveLength(TIMELINE_RECENT);
  });
});

describe('open-data parts', () => {
  it('figures by the year of their document, in parts of at most size, a document kept whole when it fits', () => {
    const years: Record<string, string> = { a: '2025', b: '2024', c: '2025' };
    const rows = [...range(3).map((i) => ({ doc: 'a', i })), ...range(2).map((i) => ({ doc: 'b', i })), ...range(4).map((i) => ({ doc: 'c', i }))];
    const parts = yearParts(
      rows,
      (r) => r.doc,
      (d) => years[d]!,
      5,
    );
    expect(parts.map((p) => `${p.year}/${p.part}:${p.items.map((r) => r.doc).join('')}`)).toEqual(['2024/1:bb', '2025/1:aaa', '2025/2:cccc']);
    expect(parts.flatMap((p) => p.items).length).toBe(rows.length);
  });
  it('documents by year in parts', () => {
    expect(docParts(['x', 'y', 'z'], (d) => (d === 'y' ? '2024' : '2026'), 1).map((p) => `${p.year}/${p.part}:${p.items}`)).toEqual([
      '2024/1:y',
      '2026/1:x',
      '2026/2:z',
    ]);
  });
});
