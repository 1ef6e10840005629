import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coverage, sourceFont, subsetFace } from '../../src/lib/pdf/fonts.ts';
import { glyphError, missingGlyphs, printedChars } from '../../src/lib/pdf/glyphs.ts';
import type { PdfJob } from '../../src/lib/pdf/jobs.ts';
import { ContentError } from '../../src/lib/schema/friendly.ts';

const dir = mkdtempSync(join(tmpdir(), 'kit-glyphs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('which characters the kit fonts can print', () => {
  it('reads the cmap of a subset (format 4 for the BMP, format 12 beyond): what the font lacks is not covered', async () => {
    const asked = '城市鲁🄁𠀀';
    const face = await subsetFace(readFileSync(sourceFont('sc', '400').file), asked);
    const covered = coverage(face);
    // 𠀀 (U+20000, CJK Extension B) is not in Noto Serif SC; 🄁 (U+1F101) is
    expect([...asked].filter((c) => covered.has(c.codePointAt(0)!))).toEqual(['城', '市', '鲁', '🄁']);
    expect(coverage(readFileSync(sourceFont('tc', '400').file)).has('魯'.codePointAt(0)!)).toBe(true);
  });

  it("takes a print page's shown text: no markup, styles or invisible characters, entities decoded", () => {
    const html =
      '<html><head><style>@page{content:"样式"}</style><title>题</title></head><body><p class="x">城&amp;市&#x20000;\u200b</p><script>脚本</script></body></html>';
    expect([...printedChars(html)].sort()).toEqual(['&', '城', '市', '题', '𠀀'].sort());
  });

  it('names each missing character, its code point, and the source line it comes from', () => {
    mkdirSync(join(dir, 'print/zh-hans/handout/doc-a'), { recursive: true });
    mkdirSync(join(dir, 'print/zh-hans/booklet/all'), { recursive: true });
    mkdirSync(join(dir, 'print/zh-hans/booklet/news-2025'), { recursive: true });
    writeFileSync(join(dir, 'print/zh-hans/handout/doc-a/index.html'), '<p>一、总体要求</p><p>某某𠀀同志</p>');
    writeFileSync(join(dir, 'print/zh-hans/booklet/all/index.html'), '<p>某某𠀀同志</p><p>封面𪚥</p>');
    writeFileSync(join(dir, 'print/zh-hans/booklet/news-2025/index.html'), '<p>封面𪚥</p><p>某𫝀</p>');
    mkdirSync(join(dir, 'sources/doc-a'), { recursive: true });
    writeFileSync(join(dir, 'sources/doc-a/source.txt'), '一、总体要求\n某某𠀀同志\n');
    const jobs = [
      { locale: 'zh-hans', kind: 'booklet', id: 'all', route: 'print/zh-hans/booklet/all/' },
      { locale: 'zh-hans', kind: 'booklet', id: 'news-2025', route: 'print/zh-hans/booklet/news-2025/' },
      { locale: 'zh-hans', kind: 'handout', id: 'doc-a', route: 'print/zh-hans/handout/doc-a/' },
    ] as PdfJob[];
    const missing = missingGlyphs(jobs, dir, (_job, chars) => [...chars].filter((c) => c.codePointAt(0)! > 0xffff));
    expect([...missing].map(([c, ids]) => [c, [...ids]])).toEqual([
      ['𠀀', ['doc-a']],
      // a booklet's own character (its cover, contents) is named once, by the first booklet showing it
      ['𪚥', ['booklet (zh-hans)']],
      ['𫝀', ['booklet news-2025 (zh-hans)']],
    ]);
    const error = glyphError(missing, join(dir, 'sources'), 'Noto Serif SC');
    // a content error's form: the first place heads the message as file:line
    expect(error).toBeInstanceOf(ContentError);
    expect([error.file, error.line]).toEqual(['content/sources/doc-a/source.txt', 2]);
    const message = error.message;
    expect(message).toMatch(/^content\/sources\/doc-a\/source\.txt:2: the print fonts/);
    expect(message).toContain('𠀀 (U+20000) in content/sources/doc-a/source.txt:2');
    expect(message).toContain('𪚥 (U+2A6A5) in booklet (zh-hans)');
    expect(message).toMatch(/PDF=0/);
  });
});
