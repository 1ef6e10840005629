import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT, pageText, readPage } from '../helpers.ts';
import { sourceSentences } from '../sentences.ts';

/**
 * Nothing lost: every sentence of every cleaned source is on its built pages in both scripts (tests/sentences.ts says
 * in which form). A variant source may be found on the page it was merged into, where its differing wording is listed.
 */
const conv = createConverters(readDictionaries(ROOT));
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[。！？；]$/, '');

const sources = await readSources(ROOT);

describe('every sentence of every cleaned source is on its pages, in both scripts', () => {
  let total = 0;
  let found = 0;
  for (const src of sources) {
    it(src.id, () => {
      const pages = [src.id, ...(src.meta.variantOf ? [src.meta.variantOf] : [])];
      const hans = squeeze(pages.map((p) => pageText(readPage('zh-hans', p))).join(''));
      const hant = squeeze(pages.map((p) => pageText(readPage('zh-hant', p))).join(''));
      const missing: string[] = [];
      for (const s of sourceSentences(src, conv)) {
        total++;
        const okHans = hans.includes(squeeze(s.hans));
        const okHant = hant.includes(squeeze(s.hant));
        if (okHans && okHant) found++;
        else missing.push(`${okHans ? '' : '[hans] '}${okHant ? '' : '[hant] '}${s.hans}`);
      }
      expect(missing).toEqual([]);
    });
  }
  it('coverage is 100%', () => {
    console.log(`coverage: ${found}/${total} sentences found in both scripts`);
    expect(total).toBeGreaterThan(500);
    expect(found).toBe(total);
  });
});
