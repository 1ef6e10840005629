import { describe, expect, it } from 'vitest';
import { emitMdx, tableOfContents } from '../../src/lib/pipeline/emit-mdx.ts';
import type { StructuredDoc } from '../../src/lib/pipeline/types.ts';

const hostile = '正文{1+1}与 <script>alert(1)</script>、`code`、*强调*、<!-- 注释 -->、</P>、\u2028、javascript:alert(1)';
const doc: StructuredDoc = {
  meta: { id: 'x', title: '标题{title}<b>', type: 'policy', script: 'hans', date: '2026-01-21' },
  blocks: [{ kind: 'section', id: 'part-1', role: 'part', num: '一、', title: '总体要求', children: [{ kind: 'para', id: 'p-1', text: hostile }] }],
};

describe('emit MDX', () => {
  const mdx = emitMdx(doc, { locale: 'zh-hans', lang: 'zh-Hans', sourcePath: 'content/sources/x/' });
  it('writes a do-not-edit header and JSON frontmatter', () => {
    expect(mdx).toMatch(/^---\ntitle: "标题\{title\}<b>"\n/);
    expect(mdx).toContain('Do not edit');
  });
  it('puts every text into a JS string literal, so MDX never parses it as markup', () => {
    const line = mdx.split('\n').find((l) => l.includes('<P'))!;
    const literal = /<P id=\{"p-1"\}>\{(".*")\}<\/P>$/.exec(line)?.[1];
    expect(literal).toBeDefined();
    expect(JSON.parse(literal!.replace(/<\\\//g, '</'))).toBe(hostile);
    expect(line).not.toContain('</script>');
    expect(line).not.toMatch(/[\u2028\u2029]/);
  });
  it('builds a table of contents from parts', () => {
    expect(tableOfContents(doc.blocks)).toEqual([{ id: 'part-1', label: '一、总体要求', depth: 1 }]);
  });
});
