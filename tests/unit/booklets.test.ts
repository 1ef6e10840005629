import { describe, expect, it } from 'vitest';
import { booklets, bookletsToPrint } from '../../src/lib/booklets.ts';
import { bookletName, pdfPath } from '../../src/lib/kit.ts';
import { shards, type PartDoc } from '../../src/lib/partition.ts';

const doc = (docId: string, type: string, date: string, mergedInto?: string): PartDoc => ({ docId, type, date, ...(mergedInto ? { mergedInto } : {}) });
// five policy texts of 2025, two of 2024, a transcript of 2025 with a variant merged into it, a news item of 2026
const library = [
  ...['p1', 'p2', 'p3', 'p4', 'p5'].map((id, i) => doc(id, 'policy', `2025-0${i + 1}-01`)),
  doc('q1', 'policy', '2024-03-01'),
  doc('q2', 'policy', '2024-06-01'),
  doc('t1', 'transcript', '2025-05-01'),
  doc('t1-qa', 'transcript', '2025-05-01', 't1'),
  doc('n1', 'news', '2026-01-01'),
];
const keys = (bs: { key: string }[]) => bs.map((b) => b.key);

describe('booklet volumes', () => {
  it('a library of at most BOOKLET_DOCS documents is one booklet, published as booklet.pdf', () => {
    const [one, ...none] = booklets(library, 9);
    expect(none).toEqual([]);
    expect(one!.key).toBe('all');
    expect(one!.docIds).not.toContain('t1-qa');
    expect(pdfPath('zh-hans', one!.key, 'booklet')).toBe('pdf/zh-hans/booklet.pdf');
  });

  it('a larger one is a booklet per type and year, a year too big for one cut into numbered volumes', () => {
    const bs = booklets(library, 2);
    expect(keys(bs)).toEqual(['policy-2025-1', 'policy-2025-2', 'policy-2025-3', 'policy-2024', 'transcript-2025', 'news-2026']);
    expect(bs.map((b) => b.part)).toEqual([1, 2, 3, undefined, undefined, undefined]);
    expect(pdfPath('zh-hant', 'policy-2025-2', 'booklet')).toBe('pdf/zh-hant/booklet-policy-2025-2.pdf');
  });

  it('names a volume by type and year, and its place when the year has several, in each script', () => {
    const [first, second] = booklets(library, 2);
    expect(bookletName('zh-hans', second!)).toBe('政策文件 · 2025年（第2册）');
    expect(bookletName('zh-hant', second!)).toBe('政策文件 · 2025年（第2冊）');
    const rest = booklets(library, 2).slice(3);
    expect(rest.map((b) => bookletName('zh-hans', b))).toEqual(['政策文件 · 2024年', '会议实录 · 2025年', '新闻报道 · 2026年']);
    expect(rest.map((b) => bookletName('zh-hant', b))).toEqual(['政策文件 · 2024年', '會議實錄 · 2025年', '新聞報導 · 2026年']);
    expect(first!.docIds).toEqual(['p1', 'p2']);
  });
});

describe('which booklets a build prints', () => {
  it('every volume when the build renders every document', () => {
    expect(
      keys(
        bookletsToPrint(
          library,
          library.map((d) => d.docId),
          2,
        ),
      ),
    ).toEqual(keys(booklets(library, 2)));
  });

  it('a part of a library built in shards prints exactly the volumes of its documents, and the parts print each once', () => {
    for (const n of [1, 2, 3, 4]) {
      const printed = shards(library, n, 2).map((s) => keys(bookletsToPrint(library, s.docIds, 2)));
      expect(
        printed.map((p, i) => [i, p]),
        `${n} parts`,
      ).toEqual(shards(library, n, 2).map((s, i) => [i, keys(s.volumes)]));
      expect(printed.flat().sort()).toEqual(keys(booklets(library, 2)).sort());
    }
  });

  it('a build without documents prints no booklet; one holding part of a volume is a broken cut and fails', () => {
    expect(bookletsToPrint(library, [], 2)).toEqual([]);
    expect(() => bookletsToPrint(library, ['p1', 'q1', 'q2'], 2)).toThrow('booklet policy-2025-1: this build renders 1 of its 2 documents (not p2)');
  });
});
