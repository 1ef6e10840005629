import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { extractTargets, targetIndexOf, type Target } from '../../src/lib/pipeline/targets.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';

const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(ROOT), conv.toSimplified);
const expected = readFileSync(join(ROOT, 'tests/fixtures/targets/expected.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string, string]);

describe('targets and figures', () => {
  const found = extractTargets(docs);
  it('finds the hand-checked headline figures with their deadline and kind', () => {
    const hit = expected.filter(([doc, text, deadline, kind]) =>
      found.some((t) => t.doc === doc && t.text === text && (t.deadline ?? '-') === deadline && t.kind === kind),
    );
    const missing = expected.filter((e) => !hit.includes(e)).map((e) => `${e[0]} ${e[1]}`);
    console.log(
      `targets: ${found.length} figures (${found.filter((t) => t.kind === 'target').length} targets); headline recall ${hit.length}/${expected.length}${missing.length ? `, missing ${missing.join('; ')}` : ''}`,
    );
    expect(hit.length / expected.length).toBeGreaterThanOrEqual(0.9);
  });
  /** the figures of one paragraph in a document of this type and date: text → [kind, deadline, qualifier] */
  const figures = (type: StructuredDoc['meta']['type'], date: string, text: string) =>
    Object.fromEntries(
      extractTargets([{ meta: { id: 'x', title: '测试', type, script: 'hans', date }, blocks: [{ kind: 'para', id: 'p-1', text }] }]).map((t) => [
        t.text,
        [t.kind, t.deadline ?? '-', t.qualifier ?? '-'],
      ]),
    );
  it('digits that are not quantities are never figures: hotlines, scheme names, document and ICP numbers, years, durations', () => {
    const text = '拨打12345热线，完善“1313”体系和“2+N”模式，见鲁政发〔2024〕1号，鲁ICP备19024540号，2025年9月18日召开，今年前8个月，千人口托位数。';
    expect(figures('news', '2026-01-21', text)).toEqual({});
  });
  it('a comparison describing what a measure is for is a condition; a share of things stays a target', () => {
    const text = '对城镇化率低于60%的4个市，一市一策制定提升方案。到2025年，培育30个年交易额超过500亿元的市场，80%以上的县级机关建成节约型机关。';
    expect(figures('policy', '2024-01-19', text)).toEqual({
      '低于60%': ['condition', '-', '低于'],
      '4个': ['target', '-', '-'],
      '30个': ['target', '2025', '-'],
      超过500亿元: ['condition', '-', '超过'],
      '80%以上': ['target', '2025', '以上'],
    });
  });
  it('a year a paragraph sets for its targets is no deadline for a figure already reached', () => {
    const text = '到2035年，全省将形成2个特大城市。同时，单位GDP建设用地使用面积累计下降20.4%。';
    expect(figures('transcript', '2026-01-21', text)).toEqual({ '2个': ['target', '2035', '-'], '20.4%': ['achievement', '-', '-'] });
  });
  it('reads 万/亿 magnitudes and qualifiers', () => {
    const f = (text: string) => found.find((t) => t.text === text)!;
    expect(f('2.5亿个')).toMatchObject({ value: 2.5e8, unit: '亿个' });
    expect(f('6591.1万平方米')).toMatchObject({ value: 6591.1e4, unit: '万平方米' });
    expect(f('逾千亿元')).toMatchObject({ value: 1000e8, qualifier: '逾' });
    expect(f('不小于2.5平方米')).toMatchObject({ value: 2.5, qualifier: '不小于', deadline: '2035' });
  });
});

describe('the index of the figures (content/generated/targets.json)', () => {
  it('lists each document with figures once, in the figures’ order, with each one’s deadline (null for none) and kind', () => {
    const figure = (doc: string, kind: Target['kind'], deadline?: string): Target => ({ doc, id: 'p-1', sentence: '', text: '', value: 1, unit: '个', kind, ...(deadline ? { deadline } : {}) });
    const index = targetIndexOf([figure('b', 'target', '2025'), figure('b', 'condition'), figure('a', 'achievement', 'annual'), figure('b', 'target', '2030')]);
    expect(index).toEqual({
      figures: 4,
      docs: [
        { doc: 'b', deadlines: ['2025', null, '2030'], kinds: ['target', 'condition', 'target'] },
        { doc: 'a', deadlines: ['annual'], kinds: ['achievement'] },
      ],
    });
  });
});
