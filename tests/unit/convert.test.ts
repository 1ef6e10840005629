import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../src/lib/dictionaries.ts';
import { createConverters } from '../../src/lib/opencc.ts';
import { checkConversion } from '../../src/lib/pipeline/convert-check.ts';
import { convertDocument } from '../../src/lib/pipeline/convert.ts';
import type { StructuredDoc } from '../../src/lib/pipeline/types.ts';
import { readDictionaries } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';

const project = createConverters(readDictionaries(ROOT));
const bare = createConverters({ phrases: [], chars: [] });
const TRAPS = ['大众新闻记者 李子路 于新悦', '记者 孟杰 王皇', '七是赓续历史文脉，厚植发展底蕴', '胶州等22个中等城市', '以抵押财产对折价'];

describe('convert', () => {
  it('OpenCC alone falls into the known traps (so the dictionaries are needed)', () => {
    const out = TRAPS.map(bare.toTraditional).join('|');
    for (const wrong of ['於新悅', '孟傑', '植髮', '箇中', '對摺價']) expect(out).toContain(wrong);
  });
  it('the project dictionaries fix every trap', () => {
    expect(TRAPS.map(project.toTraditional)).toEqual(['大眾新聞記者 李子路 于新悅', '記者 孟杰 王皇', '七是賡續歷史文脈，厚植發展底蘊', '膠州等22個中等城市', '以抵押財產對折價']);
  });
  it('uses Taiwan forms, not OpenCC-internal ones, and corner-bracket quotes', () => {
    expect(project.toTraditional('为群众着想，“挑大梁”，发布会布局，‘内’')).toBe('為群眾著想，「挑大梁」，發布會布局，『內』');
  });
  it('repairs GBK residue in a Traditional source by the round trip tw→cn→tw', () => {
    const residue = '關于推動建筑業示范，防御，政府采購，骨干，并重，依托，閑置';
    expect(project.toTraditional(project.toSimplified(residue))).toBe('關於推動建築業示範，防禦，政府採購，骨幹，並重，依託，閒置');
  });
  it('a Traditional source keeps its own characters: residue repaired, variants kept', () => {
    // 閑 is a Traditional character (a variant of 閒, like 污 of 汙): the source's form stays
    const own = '關于推動建筑業示范，防御，政府采購，骨干，并重，依托，閑置，預制板，扎實；污水、濕地、裏面、着力，范仲淹，皇后';
    expect(project.repairResidue(own)).toBe('關於推動建築業示範，防禦，政府採購，骨幹，並重，依託，閑置，預製板，紮實；污水、濕地、裏面、着力，范仲淹，皇后');
    // the round trip would have swapped the source's forms for Taiwan's
    expect(project.toTraditional(project.toSimplified('污水、濕地、裏面'))).toBe('汙水、溼地、裡面');
  });
  it('reads a Hong Kong source with Hong Kong tables', () => {
    expect(project.toSimplified('政府會繼續推動綫上服務', 'hk')).toBe('政府会继续推动线上服务');
  });
  it('converts every text field and keeps ids, dates and enums', () => {
    const doc: StructuredDoc = {
      meta: { id: 'x-1', title: '关于发展', type: 'policy', script: 'hans', date: '2026-01-21', related: ['y-2'] },
      blocks: [{ kind: 'section', id: 'part-1', role: 'part', num: '一、', title: '总体要求', children: [{ kind: 'para', id: 'p-1', text: '发展', note: '（省发展改革委牵头）' }] }],
    };
    const out = convertDocument(doc, project.toTraditional);
    expect(out.meta).toEqual({ ...doc.meta, title: '關於發展' });
    expect(JSON.stringify(out.blocks)).toBe(JSON.stringify(doc.blocks).replace('总体要求', '總體要求').replace('"发展"', '"發展"').replace('省发展改革委牵头', '省發展改革委牽頭'));
  });
  it('the whole-document check reports the traps OpenCC alone makes, and a minority rendering', () => {
    const pairs = [...TRAPS, '推进制度创新', '先进制造业'].map((s) => [s, bare.toTraditional(s)] as [string, string]);
    const report = checkConversion(pairs);
    expect(report.traps.join(' ')).toMatch(/植髮/);
    expect(report.traps.join(' ')).toMatch(/箇中/);
    expect(report.traps.join(' ')).toMatch(/於新/);
    expect(report.findings.map((f) => f.word)).toContain('进制');
  });
});

describe('dictionaries', () => {
  it('parses entries and notes', () => {
    expect(parseDictionary('# header\n个中等\t個中等\t# trap\n占城镇\t佔城鎮\n', 'd.tsv')).toEqual([
      ['个中等', '個中等'],
      ['占城镇', '佔城鎮'],
    ]);
  });
  it('rejects a malformed line with file and line', () => {
    expect(() => parseDictionary('# h\n个中等 個中等\n', 'content/dictionaries/x.tsv')).toThrow('content/dictionaries/x.tsv:2: expected');
  });
  it('rejects unsorted or duplicate entries', () => {
    expect(() => parseDictionary('占城镇\t佔城鎮\n个中等\t個中等\n', 'x.tsv')).toThrow('x.tsv:2: not sorted');
    expect(() => parseDictionary('个中等\t個中等\n个中等\t個中等\n', 'x.tsv')).toThrow('x.tsv:2: not sorted');
  });
  it('the project dictionaries parse', () => {
    const d = readDictionaries(ROOT);
    expect(d.phrases.length).toBeGreaterThan(15);
    expect(d.chars).toContainEqual(['佈', '布']);
  });
});
