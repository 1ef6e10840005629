import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { findCrossLinks, linkKey, MAX_TARGETS, MIN_RUN, MIN_SPECIFIC, pieces } from '../../src/lib/pipeline/crosslinks.ts';
import { briefName } from '../../src/lib/pipeline/brief-name.ts';
import { buildCorpus, type Block, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';

const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(ROOT), conv.toSimplified);
const rows = (f: string) =>
  readFileSync(join(ROOT, 'tests/fixtures/crosslinks', f), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t') as [string, string, string, string]);
const expected = rows('expected.tsv');
const reviewed = rows('reviewed.tsv');

/** anchors of the paragraphs (or headings) of a document that contain a snippet */
function anchorsWith(doc: StructuredDoc, snippet: string): string[] {
  const out: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if ((b.kind === 'para' || b.kind === 'heading') && b.text.includes(snippet)) out.push(b.id);
      if (b.kind === 'section') {
        if (b.title.includes(snippet)) out.push(b.id);
        walk(b.children);
      }
      if (b.kind === 'turn') walk(b.children);
    }
  };
  walk(doc.blocks);
  return out;
}

function score(links: ReturnType<typeof findCrossLinks>) {
  const key = linkKey;
  const found = new Set(links.map(key));
  const wanted = (list: typeof expected) =>
    list.flatMap(([doc, snippet, target]) => {
      const d = docs.find((x) => x.meta.id === doc)!;
      const [toDoc, toId] = target.split('#') as [string, string];
      return [anchorsWith(d, snippet).map((id) => key({ fromDoc: doc, fromId: id, toDoc, toId }))];
    });
  const exp = wanted(expected);
  const ok = new Set([...exp, ...wanted(reviewed)].flat());
  const recall = exp.filter((alts) => alts.some((k) => found.has(k))).length / exp.length;
  const precision = [...found].filter((k) => ok.has(k)).length / Math.max(found.size, 1);
  return { recall, precision, found: found.size, missed: expected.filter((_, i) => !exp[i]!.some((k) => found.has(k))).map((r) => r[3]) };
}

/** one policy text of one article: a clause to cite */
const clause = (doc: string, text: string): StructuredDoc => ({
  meta: { id: doc, title: `${doc}办法`, type: 'policy', script: 'hans', date: '2026-01-01' },
  blocks: [{ kind: 'section', id: 'art-1', role: 'article', num: '第一条', title: '', children: [{ kind: 'para', id: 'p-1', text }] }],
});
/** a formula that opens forty policy texts' clauses */
const formula = '各市、县（市、区）人民政府要切实加强组织领导';
const many = Array.from({ length: 40 }, (_, i) => clause(`policy-${i}`, `${formula}，做好第${i + 1}项工作。`));

describe('clause-level cross-links against the hand-checked list', () => {
  it('every expected snippet is in its document (the fixture itself is right)', () => {
    for (const [doc, snippet] of [...expected, ...reviewed]) expect(anchorsWith(docs.find((d) => d.meta.id === doc)!, snippet).length, snippet).toBeGreaterThan(0);
  });
  it(`recall and precision at the chosen thresholds (shared run ≥ ${MIN_RUN}, or ≥ ${MIN_SPECIFIC} and found in one clause only)`, () => {
    const s = score(findCrossLinks(docs));
    console.log(`cross-links: ${s.found} found, recall ${(s.recall * 100).toFixed(1)}% of ${expected.length} hand-checked citations (missed ${s.missed.join(', ') || 'none'}), precision ${(s.precision * 100).toFixed(1)}%`);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.precision).toBe(1);
  });
  it('the thresholds were measured: lower ones lose precision, higher ones lose recall', () => {
    const table = [6, 8, 10, 12, 16].map((n) => ({ n, ...score(findCrossLinks(docs, { minRun: Math.max(n, MIN_RUN), minSpecific: n })) }));
    console.log(table.map((r) => `specific run ≥ ${r.n}: ${r.found} links, recall ${(r.recall * 100).toFixed(0)}%, precision ${(r.precision * 100).toFixed(0)}%`).join('\n'));
    const at = (n: number) => table.find((r) => r.n === n)!;
    expect(at(16).recall).toBeLessThan(at(MIN_SPECIFIC).recall);
  });
  it('wording found in clauses of more than MAX_TARGETS documents is common wording: no link to any of them', () => {
    const extra: StructuredDoc = {
      meta: { id: 'new-report', title: '新报道', type: 'news', script: 'hans', date: '2026-02-01' },
      blocks: [{ kind: 'para', id: 'p-1', text: '会议强调，要加强应急救援和应急医疗体系建设。' }],
    };
    const policy = docs.find((d) => d.meta.id === 'urban-development-opinions-2026')!;
    const reprints = (n: number) => Array.from({ length: n }, (_, i) => ({ ...policy, meta: { ...policy.meta, id: `reprint-${i}` } }));
    const linked = (corpus: StructuredDoc[]) => new Set(findCrossLinks([...corpus, extra]).filter((l) => l.fromDoc === 'new-report').map((l) => l.toDoc)).size;
    expect(linked([...docs, ...reprints(MAX_TARGETS - 1)])).toBe(MAX_TARGETS);
    expect(linked([...docs, ...reprints(MAX_TARGETS)])).toBe(0);
  });
  it('a clause that opens with a formula thousands of documents share is still found through the rest of its wording', () => {
    const cited = clause('cited-policy', `${formula}，建立城市体检评估长效机制。`);
    const report: StructuredDoc = {
      meta: { id: 'new-report', title: '新报道', type: 'news', script: 'hans', date: '2026-02-01' },
      blocks: [{ kind: 'para', id: 'p-1', text: `文件要求，${formula}，建立城市体检评估长效机制。` }],
    };
    const links = findCrossLinks([...many, cited, report]).filter((l) => l.fromDoc === 'new-report');
    expect(links.map((l) => `${l.toDoc}#${l.toId}`)).toEqual(['cited-policy#art-1']);
    // the formula alone is common wording: a report that repeats only it links to none of the forty
    const formulaOnly = { ...report, blocks: [{ kind: 'para' as const, id: 'p-1', text: `会议强调，${formula}。` }] };
    expect(findCrossLinks([...many, cited, formulaOnly]).filter((l) => l.fromDoc === 'new-report')).toEqual([]);
  });
  it('links keep the order of the first wording each clause shares with the passage, common wording included', () => {
    const a = clause('cited-a', `${formula}，建立健全城市体检评估与城市更新长效工作机制并按年度开展。`);
    const b = clause('cited-b', '推行房屋建筑全生命周期安全管理制度。');
    const report: StructuredDoc = {
      meta: { id: 'new-report', title: '新报道', type: 'news', script: 'hans', date: '2026-02-01' },
      blocks: [{ kind: 'para', id: 'p-1', text: `${formula}，推行房屋建筑全生命周期安全管理制度，建立健全城市体检评估与城市更新长效工作机制并按年度开展。` }],
    };
    const links = findCrossLinks([...many, a, b, report]).filter((l) => l.fromDoc === 'new-report');
    expect(links.map((l) => l.toDoc)).toEqual(['cited-a', 'cited-b']);
  });
  it('pieces of a text are runs of characters, astral ones included', () => {
    expect(pieces('城市更新', 2)).toEqual(['城市', '市更', '更新']);
    expect(pieces('𠀋城市', 2)).toEqual(['𠀋城', '城市']);
    expect(pieces('城', 2)).toEqual([]);
  });
  it('a new document gets links with no code change', () => {
    const extra: StructuredDoc = {
      meta: { id: 'new-report', title: '新报道', type: 'news', script: 'hans', date: '2026-02-01' },
      blocks: [{ kind: 'para', id: 'p-1', text: '报道称，要“加强应急救援和应急医疗体系建设”，并推行房屋建筑赋码落图。' }],
    };
    const links = findCrossLinks([...docs, extra]).filter((l) => l.fromDoc === 'new-report');
    expect(links.map((l) => l.toId).sort()).toEqual(['art-16', 'art-17']);
  });
});

describe('short document names for citation badges', () => {
  it('names a document by its genre word and the two characters before it; an issuing notice by what it issues', () => {
    expect(briefName('关于推动城市高质量发展的实施意见')).toBe('实施意见');
    expect(briefName('山东省人民政府关于印发山东省新型城镇化建设行动方案（2024—2025年）的通知')).toBe('行动方案');
    expect(briefName('某市人民政府关于印发某市城市更新管理办法的通知')).toBe('管理办法');
    expect(briefName('全省城市工作会议召开：奋力开创具有山东特色的城市发展新局面')).toBeUndefined();
  });
});
