import { describe, expect, it } from 'vitest';
import { restorer, shadowOf } from '../../src/lib/pipeline/restore.ts';
import { joinLines } from '../../src/lib/pipeline/text.ts';

const shadow = shadowOf(
  [
    { trad: ['（一）優化城市體系。', '保護溼地、山體'], simp: ['（一）优化城市体系。', '保护湿地、山体'] },
    { trad: ['建設週期', '長度變了的行'], simp: ['建设周期', '长度变的行'] },
  ],
  joinLines,
);
const convert = (s: string) => `«${s}»`;

describe('restore a Traditional source’s own text', () => {
  it('takes the source’s span for any string of the structured document, in reading order', () => {
    const r = restorer(shadow, convert, (s) => s);
    expect(['（一）', '优化城市体系。', '保护湿地、山体', '建设周期'].map(r.toTraditional)).toEqual(['（一）', '優化城市體系。', '保護溼地、山體', '建設週期']);
    expect(r.stats).toEqual({ restored: 21, repaired: 0, converted: 0 });
  });
  it('converts what the source does not hold, and a line whose conversion changed its length', () => {
    const r = restorer(shadow, convert, (s) => s);
    expect(r.toTraditional('标题')).toBe('«标题»');
    expect(r.toTraditional('长度变的行')).toBe('«长度变的行»');
    expect(r.stats.converted).toBe(7);
  });
  it('counts the characters the repair changed', () => {
    const r = restorer(shadow, convert, (s) => s.replace('溼', '濕'));
    expect(r.toTraditional('保护湿地')).toBe('保護濕地');
    expect(r.stats.repaired).toBe(1);
  });
});
