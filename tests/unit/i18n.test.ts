import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../src/lib/i18n/locales.ts';
import { uiKeys } from '../../src/lib/i18n/ui.ts';
import hans from '../../src/lib/i18n/ui.zh-Hans.json';
import hant from '../../src/lib/i18n/ui.zh-Hant.json';

describe('UI strings', () => {
  it('both scripts have identical key sets', () => expect(uiKeys('zh-hant')).toEqual(uiKeys('zh-hans')));
  it('no string is empty', () => {
    for (const v of [...Object.values(hans), ...Object.values(hant)]) expect(v.trim()).not.toBe('');
  });
  it('zh-Hant strings are written for Taiwan readers, not left in Simplified', () => {
    expect(hant['nav.backToTop']).not.toBe(hans['nav.backToTop']);
    expect(Object.values(hant).join('')).not.toMatch(/[这为发页简体个们说]/);
  });
  it('the locale table has BCP-47 tags', () => {
    expect(localeIds.map((l) => locales[l].lang)).toEqual(['zh-Hans', 'zh-Hant']);
  });
});
