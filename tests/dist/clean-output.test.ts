import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/lib/i18n/locales.ts';
import { createConverters } from '../../src/lib/opencc.ts';
import { readDictionaries } from '../../src/lib/sources.ts';
import { ROOT, pageText, readPage, simplifiedResidue, withoutOtherScript } from '../helpers.ts';

const ids = readdirSync(join(ROOT, 'content/sources')).sort();
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** spaces that a source's policy keeps: news bylines, headlines and quoted parallel slogans */
const KEPT_SPACE = /(记者|記者) |李子路 |孟杰 |王皇 |做好七篇大文章 |做好规划 |做好規劃 |万企出海 |萬企出海 |千里山海 /;

const conv = createConverters(readDictionaries(ROOT));
describe('zh-Hant pages are Traditional throughout', () => {
  for (const id of ids) {
    it(id, () => {
      const text = pageText(withoutOtherScript(readPage('zh-hant', id), 'zh-Hans'));
      expect(simplifiedResidue(text, conv.toTraditional)).toEqual([]);
    });
  }
});

describe.each(localeIds)('built %s pages are clean', (locale) => {
  for (const id of ids) {
    const text = pageText(readPage(locale, id));
    it(`${id}: no pinyin annotation`, () => {
      expect(text).not.toMatch(new RegExp(`[(（][a-zü${TONED}]{1,6}[1-5]?[)）]`, 'u'));
    });
    it(`${id}: no mojibake`, () => {
      expect(text).not.toMatch(/[\u3040-\u30ff\ue000-\uf8ff\ufffd]|\?[;!]|锟斤拷/u);
    });
    it(`${id}: no space between two Chinese characters unless the source keeps it`, () => {
      const spaces = [...text.matchAll(/\p{sc=Han}[ \u3000]\p{sc=Han}/gu)].map((m) => text.slice(Math.max(0, m.index - 6), m.index + 3));
      expect(spaces.filter((s) => !KEPT_SPACE.test(s))).toEqual([]);
    });
    it(`${id}: no half-width , ; : ? ! ( ) inside Chinese text`, () => {
      const bad = [...text.matchAll(/(?<=[\p{sc=Han}，。、“”《》])[,;:?!()]|[,;:?!()](?=[\p{sc=Han}“”《》])/gu)].map((m) => text.slice(m.index - 5, m.index + 5));
      expect(bad).toEqual([]);
    });
  }
});
