import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillBookletNumbers } from '../../src/lib/pdf/booklet.ts';
import type { PdfJob } from '../../src/lib/pdf/jobs.ts';
import type { KitEntry } from '../../src/lib/pdf/kit-entry.ts';
import { KitError } from '../../src/lib/pdf/kit-error.ts';
import { fillPdfInfo } from '../../src/lib/pdf/pdf-info.ts';
import { publishKit } from '../../src/lib/pdf/publish-kit.ts';
import { parseOptions } from '../../src/lib/options.ts';
import { ContentError } from '../../src/lib/schema/friendly.ts';

const dir = mkdtempSync(join(tmpdir(), 'kit-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, html: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), html);
};
const entry = (pdf: string, pages: number): KitEntry => ({ kind: 'handout', locale: 'zh-hans', id: 'a', pdf, pages, bytes: 2048, sha256: '' });
const job = (kind: PdfJob['kind'], id: string) => ({ kind, id, locale: 'zh-hans', route: `print/zh-hans/${kind}/${id}/` }) as PdfJob;

describe('the kit’s steps', () => {
  it('the booklet’s contents get each document’s first page; a missing handout is a KitError naming the page', () => {
    // each booklet is numbered on its own: its first document starts on page 3, after its cover and contents
    write('print/zh-hans/booklet/policy-2026/index.html', '<li data-pdf-start="a">?</li><li data-pdf-start="b">?</li>');
    write('print/zh-hans/booklet/news-2025/index.html', '<li data-pdf-start="c">?</li>');
    const handouts = new Map(
      (
        [
          ['a', 4],
          ['b', 2],
          ['c', 5],
        ] as const
      ).map(([id, pages]) => [`pdf/zh-hans/${id}.pdf`, entry(`pdf/zh-hans/${id}.pdf`, pages)]),
    );
    fillBookletNumbers(dir, job('booklet', 'policy-2026'), (pdf) => handouts.get(pdf));
    fillBookletNumbers(dir, job('booklet', 'news-2025'), (pdf) => handouts.get(pdf));
    expect(readFileSync(join(dir, 'print/zh-hans/booklet/policy-2026/index.html'), 'utf8')).toBe('<li data-pdf-start="a">3</li><li data-pdf-start="b">7</li>');
    expect(readFileSync(join(dir, 'print/zh-hans/booklet/news-2025/index.html'), 'utf8')).toBe('<li data-pdf-start="c">3</li>');
    const missing = () => fillBookletNumbers(dir, job('booklet', 'policy-2026'), () => undefined);
    expect(missing).toThrow(KitError);
    expect(missing).toThrow('print/zh-hans/booklet/policy-2026/index.html: data-pdf-start: no handout PDF for a');
  });
  it('pages get “N 页 · size” for each PDF; a link to a PDF not rendered fails as a content error', () => {
    write('site/zh-hans/x/index.html', '<html lang="zh-Hans"><span data-pdf-info="pdf/zh-hans/a.pdf"></span>');
    const site = join(dir, 'site');
    fillPdfInfo(site, [entry('pdf/zh-hans/a.pdf', 4)], { 'zh-Hans': '{n} 页' });
    expect(readFileSync(join(site, 'zh-hans/x/index.html'), 'utf8')).toContain('<span data-pdf-info="pdf/zh-hans/a.pdf">4 页 · 2 KB</span>');
    write('site/zh-hans/x/index.html', '<html lang="zh-Hans"><span data-pdf-info="pdf/zh-hans/a.pdf"></span><span data-pdf-info="pdf/zh-hans/b.pdf"></span>');
    const whole = () => fillPdfInfo(site, [entry('pdf/zh-hans/a.pdf', 4)], { 'zh-Hans': '{n} 页' });
    expect(whole).toThrow(ContentError);
    expect(whole).toThrow('dist/zh-hans/x/index.html: links pdf/zh-hans/b.pdf, which was not rendered');
  });
  it('the build hook’s work lets a foreign failure out as a KitError with it as the cause', async () => {
    const site = { root: dir, base: '/', options: parseOptions({ PDF: '0' }), log: { info: () => {}, warn: () => {} } };
    const error = await publishKit(site, join(dir, 'no-such-dist')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).message).toMatch(/^dist\/pdf\/: the printable kit failed: ENOENT/);
    expect(((error as KitError).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
