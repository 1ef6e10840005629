import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { extractTerms } from '../../src/lib/pipeline/terms.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';

const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(readSources(ROOT), conv.toSimplified);

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
  it('a new document gets its terms with no code change', () => {
    const extra: StructuredDoc = { meta: { id: 'new', title: '新', type: 'news', script: 'hans', date: '2026-02-01' }, blocks: [{ kind: 'para', id: 'p-1', text: '推进“双圈”建设，打造“海岸新城”。' }] };
    const t = extractTerms([...docs, extra]);
    expect(t.find((e) => e.term === '双圈')?.perDoc.new).toBe(1);
    expect(t.find((e) => e.term === '海岸新城')?.occurrences).toEqual([{ doc: 'new', id: 'p-1' }]);
  });
});
