import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../src/lib/i18n/locales.ts';
import { DIST, ROOT, readPage } from '../helpers.ts';

const ids = readdirSync(join(ROOT, 'content/sources')).sort();

describe('every document has a page in both scripts', () => {
  for (const locale of localeIds) {
    for (const id of ids) {
      it(`${locale}/${id}/ exists with lang=${locales[locale].lang}`, () => {
        expect(existsSync(join(DIST, locale, id, 'index.html'))).toBe(true);
        const html = readPage(locale, id);
        expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${locales[locale].lang}"`, 'i'));
      });
    }
  }
  it('anchors are identical in both scripts', () => {
    for (const id of ids) {
      const anchors = (l: string) => [...readPage(l, id).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).join(' ');
      expect(anchors('zh-hant')).toBe(anchors('zh-hans'));
    }
  });
  it('the policy text has #part-1…#part-9 and #art-1…#art-23; the plan #item-1…#item-28', () => {
    const policy = readPage('zh-hans', 'urban-development-opinions-2026');
    for (let n = 1; n <= 9; n++) expect(policy).toContain(`id="part-${n}"`);
    for (let n = 1; n <= 23; n++) expect(policy).toContain(`id="art-${n}"`);
    expect(policy).not.toContain('id="art-24"');
    const plan = readPage('zh-hant', 'urbanization-action-plan-2024-2025');
    for (let n = 1; n <= 28; n++) expect(plan).toContain(`id="item-${n}"`);
    expect(plan).not.toContain('id="item-29"');
  });
});

describe('quoted policy terms link to their entry', () => {
  it.each(['zh-hans', 'zh-hant'])('%s: “双圈” / “雙圈” in the policy text links to the terms page of the same script', (locale) => {
    const html = readPage(locale, 'urban-development-opinions-2026');
    // a Traditional source keeps its own quotation marks (001 writes “雙圈”); a converted page has 「」
    const term = locale === 'zh-hant' ? '雙圈' : '双圈';
    // the entry is on the list page its rank falls on (terms/1/ for the hundred most frequent)
    const m = new RegExp(`<a class="term" href="/${locale}/terms/(\\d+)/#(term-\\d+)"[^>]*>[“「]${term}[”」]</a>`).exec(html);
    expect(m).not.toBeNull();
    const terms = readFileSync(join(DIST, locale, 'terms', m![1]!, 'index.html'), 'utf8');
    expect(terms).toMatch(new RegExp(`<tr><th scope="row"><span id="${m![2]}"[^>]*></span>${term}</th>`));
  });
});
