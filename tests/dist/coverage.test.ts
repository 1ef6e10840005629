import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { clean } from '../../src/lib/pipeline/clean/index.ts';
import { sentences } from '../../src/lib/pipeline/similarity.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT, pageText, readPage } from '../helpers.ts';

/**
 * Nothing lost: every sentence of every cleaned source (Simplified after tw→cn) is on its built page, and its cn→tw
 * conversion is on the zh-Hant page. A variant source may be found on the page it was merged into, where its
 * differing wording is listed. A speaker label (`高本伟：`) becomes the turn's header, so it is not part of the sentence.
 */
const conv = createConverters(readDictionaries(ROOT));
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[。！？；]$/, '');

const sources = await readSources(ROOT);

describe('every sentence of every cleaned source is on its pages, in both scripts', () => {
  let total = 0;
  let found = 0;
  for (const src of sources) {
    it(src.id, () => {
      const cleaned = clean(src.raw, src.meta, src.file);
      const toSimp = src.meta.script === 'hant' ? conv.toSimplified : (s: string) => s;
      const lines = cleaned.blocks.flatMap((b) => b.lines).concat(cleaned.sidebars.flatMap((s) => [s.title, ...s.items.flatMap((i) => [i.heading, i.text])]));
      const pages = [src.id, ...(src.meta.variantOf ? [src.meta.variantOf] : [])];
      const hans = squeeze(pages.map((p) => pageText(readPage('zh-hans', p))).join(''));
      const hant = squeeze(pages.map((p) => pageText(readPage('zh-hant', p))).join(''));
      const missing: string[] = [];
      for (const line of lines) {
        const simp = toSimp(line).replace(/^\p{sc=Han}{2,4}：/u, '').replace(/^(.{2,20}记者)：$/u, '$1');
        for (const s of sentences(simp)) {
          total++;
          const okHans = hans.includes(squeeze(s));
          const okHant = hant.includes(squeeze(conv.toTraditional(s)));
          if (okHans && okHant) found++;
          else missing.push(`${okHans ? '' : '[hans] '}${okHant ? '' : '[hant] '}${s}`);
        }
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
