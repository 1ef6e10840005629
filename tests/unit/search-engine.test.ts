import { describe, expect, it } from 'vitest';
import { excerptOf, excerptText, queryWords, workerGroups } from '../../src/scripts/search-engine.ts';

describe('search result excerpts', () => {
  it("drops Pagefind's marks (a character off in Chinese) and shows its block separators as an ideographic space", () => {
    const pagefind =
      '全<mark>省城</mark>市工作会议召开奋力开创具有山东特色的<mark>城市</mark>发展新局面. 大众新闻记者 李子路. 9月18日，全<mark>省城</mark>市工作会议';
    const text = excerptText(pagefind);
    expect(text).toBe('全省城市工作会议召开奋力开创具有山东特色的城市发展新局面\u3000大众新闻记者 李子路\u30009月18日，全省城市工作会议');
    // Latin text keeps its full stops
    expect(excerptText('see Fig. 1 &amp; Table 2')).toBe('see Fig. 1 & Table 2');
  });

  it('marks the exact query where it occurs, else each of its words, never a neighbouring pair of characters', () => {
    const text = excerptText('全<mark>省城</mark>市工作会议在济南召开，推进<mark>城市</mark>有机<mark>更新</mark>。');
    const spellings = ['城市更新'];
    const words = queryWords(spellings);
    expect(words).toEqual(['城市', '更新']);
    const html = excerptOf(text, spellings, words);
    expect(html).toBe('全省<mark>城市</mark>工作会议在济南召开，推进<mark>城市</mark>有机<mark>更新</mark>。');
    expect(excerptOf('推进城市更新行动', spellings, words)).toBe('推进<mark>城市更新</mark>行动');
    expect(excerptOf('与查询无关的一段', spellings, words)).toBe('与查询无关的一段');
  });

  it('escapes the text it marks', () => {
    expect(excerptOf(excerptText('&lt;script&gt;城市&lt;/script&gt;'), ['城市'], ['城市'])).toBe('&lt;script&gt;<mark>城市</mark>&lt;/script&gt;');
  });

  it('uses single characters only when the query has no longer word', () => {
    expect(queryWords(['城市 的'])).toEqual(['城市']);
    expect(queryWords(['市'])).toEqual(['市']);
  });
});

describe('index parts in web workers', () => {
  it('cuts the parts into runs of neighbours, as even as they go, every part in exactly one', () => {
    const parts = ['part-2/', 'part-3/', 'part-4/', 'part-5/', 'part-6/', 'part-7/', 'part-8/'];
    expect(workerGroups(parts, 2)).toEqual([parts.slice(0, 4), parts.slice(4)]);
    expect(workerGroups(parts, 4)).toEqual([parts.slice(0, 2), parts.slice(2, 4), parts.slice(4, 5), parts.slice(5)]);
    expect(workerGroups(parts, 1)).toEqual([parts]);
  });
  it('no more groups than parts, none empty', () => {
    expect(workerGroups(['part-2/'], 4)).toEqual([['part-2/']]);
    expect(workerGroups([], 4)).toEqual([]);
  });
});
