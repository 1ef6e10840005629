import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, pageText, readPage } from '../helpers.ts';

const cases = readFileSync(join(ROOT, 'tests/fixtures/conversion/cases.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string, string]);

describe('conversion: hand-checked tricky items on the built zh-Hant pages', () => {
  it('has at least 60 cases', () => expect(cases.length).toBeGreaterThanOrEqual(60));
  it.each(cases)('%s: %s → %s (%s)', (doc, simplified, traditional) => {
    expect(pageText(readPage('zh-hans', doc))).toContain(simplified);
    expect(pageText(readPage('zh-hant', doc))).toContain(traditional);
  });
});

describe('whole-document conversion check', () => {
  it('no trap rendering (植髮, 箇中, 於 before a name) and every minority rendering has been reviewed', async () => {
    const { corpusPairs } = await import('../../scripts/check-conversion.ts');
    const { checkConversion } = await import('../../src/lib/pipeline/convert-check.ts');
    const report = checkConversion(await corpusPairs(ROOT));
    expect(report.traps).toEqual([]);
    const reviewed = readFileSync(join(ROOT, 'tests/fixtures/conversion/reviewed.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t').slice(0, 2).join('\t'));
    expect(report.findings.map((f) => `${f.word}\t${f.rendered}`).filter((f) => !reviewed.includes(f))).toEqual([]);
  });
});
