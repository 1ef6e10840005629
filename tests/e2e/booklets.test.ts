import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booklets, type Booklet } from '../../src/lib/booklets.ts';
import { libraryDocs, readCatalog } from '../../src/lib/catalog.ts';
import { localeIds } from '../../src/lib/i18n/locales.ts';
import { bookletName, pdfPath } from '../../src/lib/kit.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { pdfBodyText } from '../sentences.ts';
import { assembleIn, buildIn, sandbox } from './sandbox.ts';

/**
 * A library of more documents than BOOKLET_DOCS, printed in volumes: the seeds plus two short policy texts of 2026, with
 * BOOKLET_DOCS=2, make five volumes (policy 2026 in two, policy 2024, transcript 2026, news 2025). Each booklet must
 * hold exactly its volume's documents, in both scripts; and the library built in two parts and assembled must publish
 * the PDFs of the single build, byte for byte.
 */
const EXTRA = [
  {
    id: 'volume-test-notice-a',
    title: '关于开展城市体检工作的通知',
    date: '2026-03-02',
    text: '一、工作目标\n全面开展城市体检，查找问题短板。\n二、工作要求\n各市要加强组织领导，按时报送结果。\n',
  },
  {
    id: 'volume-test-notice-b',
    title: '关于加强城市更新项目管理的通知',
    date: '2026-04-15',
    text: '一、总体要求\n坚持问题导向，稳步推进城市更新。\n二、保障措施\n加强资金保障，做好项目储备。\n',
  },
];
const SIZE = '2';

let dir: string;
const runs: Record<string, { status: number; out: string }> = {};
let manifest: Manifest;
let vols: Booklet[];
const out = (name: string) => join(dir, `out-${name}`);
beforeAll(() => {
  dir = sandbox();
  for (const d of EXTRA) {
    const folder = join(dir, 'content/sources', d.id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'meta.yml'), `title: ${d.title}\ntype: policy\nscript: hans\ndate: ${d.date}\nissuer: 山东省住房和城乡建设厅\n`);
    writeFileSync(join(folder, 'source.txt'), d.text);
  }
  runs.single = buildIn(dir, { BOOKLET_DOCS: SIZE, OUT_DIR: out('single') });
  for (const k of [1, 2]) runs[`part${k}`] = buildIn(dir, { BOOKLET_DOCS: SIZE, SHARD: `${k}/2`, OUT_DIR: out(`part${k}`) });
  runs.assembled = assembleIn(dir, [out('part1'), out('part2')], { BOOKLET_DOCS: SIZE, OUT_DIR: out('all') });
  if (runs.single!.status === 0) manifest = JSON.parse(readFileSync(join(out('single'), 'manifest.json'), 'utf8')) as Manifest;
  vols = booklets(libraryDocs(readCatalog(dir)), Number(SIZE));
}, 900_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const squeeze = (s: string) => s.replace(/\s+/g, '');
const titleOf = (id: string, locale: string) => manifest.documents.find((d) => d.id === id)!.title[locale]!;
const handoutPages = (id: string, locale: string) =>
  manifest.documents.find((d) => d.id === id)!.pdfs.find((p) => p.kind === 'handout' && p.locale === locale)!.pages;
/** The top-level bookmarks of a PDF: the cover's and contents' headings, then each document's title. */
async function bookmarks(file: string): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  return ((await proxy.getOutline()) ?? []).map((o) => squeeze(o.title));
}

describe('booklets per volume (BOOKLET_DOCS=2)', () => {
  it('builds, and the library cuts into volumes per type and year, one year in two', () => {
    expect(runs.single!.status, runs.single!.out.slice(-3000)).toBe(0);
    expect(vols.map((v) => v.key)).toEqual(['policy-2026-1', 'policy-2026-2', 'policy-2024', 'transcript-2026', 'news-2025']);
    expect(vols[0]!.docIds).toEqual(['urban-development-opinions-2026', 'volume-test-notice-a']);
  });

  it('the manifest lists every booklet of both scripts with its volume, type, year, part and documents', () => {
    for (const locale of localeIds) {
      const listed = manifest.collections.filter((c) => c.locale === locale);
      expect(listed.map((c) => [c.volume, c.type, c.year, c.part, c.docs, c.pdf])).toEqual(
        vols.map((v) => [v.key, v.type, v.year, v.part, v.docIds, pdfPath(locale, v.key, 'booklet')]),
      );
    }
    expect(
      readdirSync(join(out('single'), 'pdf/zh-hans'))
        .filter((f) => f.startsWith('booklet'))
        .sort(),
    ).toEqual(vols.map((v) => `booklet-${v.key}.pdf`).sort());
  });

  for (const locale of localeIds) {
    it(`${locale}: each booklet holds exactly its volume's documents, numbered from its own cover, and names its volume`, async () => {
      // every document with a booklet place (a variant merged into another document has none)
      const all = manifest.documents.filter((d) => vols.some((v) => v.docIds.includes(d.id)));
      for (const v of vols) {
        const file = join(out('single'), pdfPath(locale, v.key, 'booklet'));
        const titles = v.docIds.map((id) => squeeze(titleOf(id, locale)));
        // the documents' titles among its bookmarks are its volume's, in order; no other document's
        const marks = await bookmarks(file);
        expect(
          marks.filter((m) => all.some((d) => squeeze(d.title[locale]!) === m)),
          v.key,
        ).toEqual(titles);
        const pages = (await pdfBodyText(file)).map(squeeze);
        expect(pages.length, v.key).toBe(2 + v.docIds.reduce((n, id) => n + handoutPages(id, locale), 0));
        // the cover names the volume; the contents list its documents and the page each starts on
        expect(pages[0], v.key).toContain(squeeze(bookletName(locale, v)));
        let at = 3;
        for (const [i, id] of v.docIds.entries()) {
          expect(pages[1], `${v.key} contents`).toContain(`${titles[i]}${at}`);
          expect(pages[at - 1], `${v.key}: ${id} on page ${at}`).toContain(titles[i]);
          at += handoutPages(id, locale);
        }
      }
    });
  }

  it('names the volume in both scripts: 政策文件 · 2026年（第2册） / （第2冊）', async () => {
    const cover = async (locale: string) => squeeze((await pdfBodyText(join(out('single'), pdfPath(locale as never, 'policy-2026-2', 'booklet'))))[0]!);
    expect(await cover('zh-hans')).toContain('政策文件·2026年（第2册）');
    expect(await cover('zh-hant')).toContain('政策文件·2026年（第2冊）');
  });

  it('the downloads page lists the volumes by type and year, each with its pages and size', () => {
    const html = readFileSync(join(out('single'), 'zh-hans/downloads/index.html'), 'utf8');
    for (const v of vols) expect(html).toMatch(new RegExp(`data-pdf-info="${pdfPath('zh-hans', v.key, 'booklet')}">\\d+ 页 · \\d+ KB<`));
    expect(html).not.toContain('pdf/zh-hans/booklet.pdf');
    // no list of every document: their PDFs are on their own pages
    expect(html).not.toContain('data-pdf-info="pdf/zh-hans/urban-development-opinions-2026.pdf"');
  });

  it('built in two parts and assembled, the kit is the single build’s, byte for byte', () => {
    for (const k of ['part1', 'part2', 'assembled']) expect(runs[k]!.status, runs[k]!.out.slice(-3000)).toBe(0);
    const pdfs = (root: string) =>
      readdirSync(join(root, 'pdf'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pdf'))
        .sort();
    expect(pdfs(out('all'))).toEqual(pdfs(out('single')));
    for (const f of pdfs(out('single'))) expect(readFileSync(join(out('all'), 'pdf', f)).equals(readFileSync(join(out('single'), 'pdf', f))), f).toBe(true);
    expect(readFileSync(join(out('all'), 'manifest.json'), 'utf8')).toBe(readFileSync(join(out('single'), 'manifest.json'), 'utf8'));
    expect(readFileSync(join(out('all'), 'zh-hant/downloads/index.html'), 'utf8')).toBe(
      readFileSync(join(out('single'), 'zh-hant/downloads/index.html'), 'utf8'),
    );
  });
});
