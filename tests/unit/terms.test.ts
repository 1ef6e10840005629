import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { extractTerms, termHeadOf, termUsesOf } from '../../src/lib/pipeline/terms.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';

const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(ROOT), conv.toSimplified);

describe('policy terms', () => {
  const terms = extractTerms(docs);
  const find = (t: string) => terms.find((e) => e.term === t);
  it('counts the quoted terms per document (seed-analysis §7, without the merged variant source)', () => {
    // 双圈: 000 ×2, 001 ×1, 002 ×4; 好房子: 000 ×4, 002 ×2 (003's three are in the merged transcript's base wording)
    expect(find('双圈')?.perDoc).toEqual({ 'briefing-2026-01-21': 2, 'urban-development-opinions-2026': 1, 'urban-work-conference-2025-09-18': 4 });
    expect(find('好房子')?.total).toBe(6);
    expect(find('万企出海 鲁贸全球')?.total).toBe(2);
    expect(find('三公（工）')).toBeDefined();
    expect(terms.length).toBeGreaterThan(100);
  });
  it('long quotations are sentences, not terms', () => {
    expect(terms.every((e) => [...e.term].length <= 16)).toBe(true);
    expect(terms.some((e) => e.term.startsWith('培育绿色建筑增长点'))).toBe(false);
  });
  it('every occurrence points at a passage of its document', () => {
    for (const e of terms) expect(e.occurrences.length).toBe(e.total);
  });
  it('the site’s files: a head (rank, term, total, documents) and the uses, each document once with every anchor in order', () => {
    const e = find('双圈')!;
    expect(termHeadOf(e)).toEqual({ id: e.id, term: '双圈', total: 7, docs: 3 });
    const uses = termUsesOf(e);
    expect(uses.map((u) => `${u.doc} ${u.ids.length}`)).toEqual(['briefing-2026-01-21 2', 'urban-development-opinions-2026 1', 'urban-work-conference-2025-09-18 4']);
    expect(uses.flatMap((u) => u.ids.map((id) => ({ doc: u.doc, id })))).toEqual(e.occurrences);
    const mixed = termUsesOf({ ...e, occurrences: [{ doc: 'b', id: 'p-1' }, { doc: 'a', id: 'p-2' }, { doc: 'b', id: 'p-3' }] });
    expect(mixed).toEqual([{ doc: 'b', ids: ['p-1', 'p-3'] }, { doc: 'a', ids: ['p-2'] }]);
  });
  it('a new document gets its terms with no code change', () => {
    const extra: StructuredDoc = { meta: { id: 'new', title: '新', type: 'news', script: 'hans', date: '2026-02-01' }, blocks: [{ kind: 'para', id: 'p-1', text: '推进“双圈”建设，打造“海岸新城”。' }] };
    const t = extractTerms([...docs, extra]);
    expect(t.find((e) => e.term === '双圈')?.perDoc.new).toBe(1);
    expect(t.find((e) => e.term === '海岸新城')?.occurrences).toEqual([{ doc: 'new', id: 'p-1' }]);
  });
});

describe('term coverage against the hand-checked list', () => {
  // seed-analysis §7: every term occurring twice or more in the five documents (read and counted by hand there)
  const twiceOrMore = ['好房子', '双圈', '十五五', '十四五', '爱山东', '城市大脑', '高效办成一件事', '一老一小', '百姓园林', '乐业山东', '齐鲁建造', '万企出海 鲁贸全球', '一城一策', '高效处置一件事', '好材料', '耗能载体', '邻里守望', '领题攻坚', '绿色资产', '全省复用', '人民城市人民建、人民城市为人民', '善感知、会思考、有温度', '温馨社区计划', '一表通', '一村（社区）一策', '一件事', '保障+市场', '十强'];
  it('covers every term the analysis found twice or more', () => {
    const terms = new Set(extractTerms(docs).map((e) => e.term));
    const missing = twiceOrMore.filter((t) => !terms.has(t));
    console.log(`terms: coverage ${twiceOrMore.length - missing.length}/${twiceOrMore.length} of the hand-checked frequent terms${missing.length ? `, missing ${missing.join('、')}` : ''}`);
    expect(missing).toEqual([]);
  });
});
