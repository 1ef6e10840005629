import { describe, expect, it } from 'vitest';
import { catalogEntry, catalogInOrder, isDocumentFile } from '../../src/lib/catalog.ts';

const mdx = (fields: Record<string, unknown>, body = '正文'.repeat(500)) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n\n${body}\n`;
const facts = (docId: string, locale = 'zh-hans') => ({
  title: `《${docId}》`,
  docId,
  locale,
  lang: locale === 'zh-hans' ? 'zh-Hans' : 'zh-Hant',
  type: 'policy',
  sourceScript: 'hans',
  date: '2025-01-02',
  toc: [{ id: 'part-1', label: '一、总体要求', depth: 1 }, { id: 'art-1', label: '（一）', depth: 2 }],
});

describe('catalogue entries (content/generated/catalog.json)', () => {
  it('keeps the frontmatter without the contents list, with reading time and fact sheet', () => {
    const e = catalogEntry('zh-hans/a.mdx', mdx(facts('a')));
    expect(e.id).toBe('zh-hans/a');
    expect(e.data).not.toHaveProperty('toc');
    expect(e.data).toMatchObject({ docId: 'a', title: '《a》', minutes: 3, factsheet: true });
    expect(catalogEntry('zh-hans/b.mdx', mdx({ ...facts('b'), toc: [] })).data.factsheet).toBe(false);
  });

  it('names the file and line of a frontmatter line that is not key: JSON', () => {
    const text = mdx(facts('a')).replace('"2025-01-02"', '2025-01-02 and more');
    expect(() => catalogEntry('zh-hans/a.mdx', text)).toThrow(/^content\/generated\/zh-hans\/a\.mdx:8: frontmatter line/);
  });

  it('names the field that does not match the schema', () => {
    const { title: _title, ...rest } = facts('a');
    expect(() => catalogEntry('zh-hans/a.mdx', mdx(rest))).toThrow(/zh-hans\/a\.mdx: title: frontmatter does not match/);
    expect(() => catalogEntry('zh-hans/a.mdx', mdx({ ...facts('a'), extra: 1 }))).toThrow(/frontmatter does not match/);
    // a key that is there but wrong: its line
    const wrong = mdx({ ...facts('a'), title: 5 });
    const line = wrong.split('\n').findIndex((l) => l.startsWith('title: ')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(() => catalogEntry('zh-hans/a.mdx', wrong)).toThrow(new RegExp(`zh-hans/a\\.mdx:${line}: title: frontmatter does not match`));
  });

  it('lists the document MDX files per script in file-name order, nothing else', () => {
    const files = new Map([
      ['zh-hant/a.mdx', mdx(facts('a', 'zh-hant'))],
      ['zh-hans/b.mdx', mdx(facts('b'))],
      ['zh-hans/a-qa.mdx', mdx(facts('a-qa'))],
      ['zh-hans/a.mdx', mdx(facts('a'))],
      ['data/a.json', '{}'],
      ['terms.json', '{}'],
    ]);
    const entries = new Map([...files].filter(([f]) => isDocumentFile(f)).map(([f, text]) => [f, catalogEntry(f, text)]));
    expect([...files.keys()].filter(isDocumentFile)).toHaveLength(4);
    expect(catalogInOrder(entries).map((e) => e.id)).toEqual(['zh-hans/a-qa', 'zh-hans/a', 'zh-hans/b', 'zh-hant/a']);
  });
});
