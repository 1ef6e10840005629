import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/lib/serve.ts';
import { pageText } from '../helpers.ts';
import { PDFDocument } from 'pdf-lib';
import { launchBrowser } from '../../src/lib/pdf/render.ts';
import { makeDocx, makeHtml, makePdf } from '../make-sources.ts';
import { connect } from './browser.ts';
import { buildIn, sandbox } from './sandbox.ts';

/**
 * The bad-input suite: each case is a new source folder fed to the real build. Broken input fails with a message
 * naming file, line and field, a non-zero exit and the previous dist/ untouched; legitimate input comes out right.
 */
const META = 'title: 测试文件\ntype: policy\nscript: hans\ndate: 2026-01-21\n';
const TEXT = '一、总体要求\n坚持稳中求进，推动城市高质量发展。\n';
let dir: string;

function add(id: string, files: Record<string, string | Buffer | null>): () => void {
  const folder = join(dir, 'content/sources', id);
  mkdirSync(folder, { recursive: true });
  for (const [f, v] of Object.entries(files)) if (v !== null) writeFileSync(join(folder, f), v);
  return () => rmSync(folder, { recursive: true, force: true });
}

beforeAll(() => {
  dir = sandbox();
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist/previous-build.txt'), 'the site as it was');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// GBK and Big5 bytes of 城市发展 / 城市發展
const GBK = Buffer.from([0xb3, 0xc7, 0xca, 0xd0, 0xb7, 0xa2, 0xd5, 0xb9, 0xa1, 0xa3]);
const BIG5 = Buffer.from([0xab, 0xb0, 0xa5, 0xab, 0xb5, 0x6f, 0xae, 0x69, 0xa1, 0x43]);

const NO_TITLE = META.replace('title: 测试文件\n', '');
const DOCX = await makeDocx([['一、总体要求'], ['坚持稳中求进，推动城市高质量发展。']]);
const DAMAGED_DOCX = await makeDocx([['一、总体要求'], ['坚持稳中求进。'], ['规?;l发展超低能耗建筑。']]);
const blank = await PDFDocument.create();
blank.addPage();
const SCANNED = Buffer.from(await blank.save());
const LINKS = Buffer.from(`<html><head><meta charset="utf-8"></head><body><ul>${'<li><a href="/a">关于做好有关工作的通知</a></li>'.repeat(30)}</ul></body></html>`);

const failures: [string, Record<string, string | Buffer | null>, RegExp][] = [
  ['two source files', { 'source.txt': TEXT, 'source.docx': DOCX, 'meta.yml': META }, /source\.docx: two sources in one folder: source\.docx and source\.txt; keep exactly one/],
  ['an old Word .doc', { 'source.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'meta.yml': META }, /source\.doc: old Word format \(\.doc\): .*save it as \.docx/],
  ['a damaged .docx', { 'source.docx': Buffer.from('PK\u0003\u0004 broken'), 'meta.yml': META }, /source\.docx: damaged Word file, not readable/],
  ['damage inside a .docx: named by paragraph', { 'source.docx': DAMAGED_DOCX, 'meta.yml': META }, /source\.docx: paragraph 3 \(line 5 of the text read from it\): lost lead byte/],
  ['a .docx that gives no title while meta.yml has none', { 'source.docx': DOCX, 'meta.yml': NO_TITLE }, /meta\.yml:1: title: required key is missing/],
  ['a PDF with no text layer (a scan)', { 'source.pdf': SCANNED, 'meta.yml': META }, /source\.pdf: no text layer on any of its 1 page\(s\): a scanned PDF/],
  ['a password-protected PDF', { 'source.pdf': readFileSync(new URL('../fixtures/sources/password.pdf', import.meta.url)), 'meta.yml': META }, /source\.pdf: password-protected PDF/],
  ['a web page whose body cannot be found', { 'source.html': LINKS, 'meta.yml': META }, /source\.html: body not found/],
  ['a web page in an unknown encoding', { 'source.html': Buffer.from('<meta charset="x-unknown-cjk"><p>城市</p>'), 'meta.yml': META }, /source\.html: unknown encoding “x-unknown-cjk”/],
  ['empty source.txt', { 'source.txt': '', 'meta.yml': META }, /source\.txt:1: the file is empty/],
  ['binary file', { 'source.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]), 'meta.yml': META }, /source\.txt: binary file/],
  ['GBK-encoded text', { 'source.txt': Buffer.concat([Buffer.from('一、总体要求\n'), GBK]), 'meta.yml': META }, /source\.txt:2: not UTF-8 .*GBK or Big5/],
  ['Big5-encoded text', { 'source.txt': BIG5, 'meta.yml': META }, /source\.txt:1: not UTF-8/],
  ['meta.yml missing', { 'source.txt': TEXT, 'meta.yml': null }, /meta\.yml: missing/],
  ['meta.yml not YAML', { 'source.txt': TEXT, 'meta.yml': 'title: [unclosed\ntype: policy\n' }, /meta\.yml:\d+: not valid YAML/],
  ['a required key missing', { 'source.txt': TEXT, 'meta.yml': META.replace('type: policy\n', '') }, /meta\.yml:1: type: required key is missing/],
  ['an unknown key', { 'source.txt': TEXT, 'meta.yml': `${META}autor: 某人\n` }, /meta\.yml:5: autor: unknown key autor/],
  ['an unknown type', { 'source.txt': TEXT, 'meta.yml': META.replace('policy', 'notice') }, /meta\.yml:2: type: expected one of policy/],
  ['a bad date', { 'source.txt': TEXT, 'meta.yml': META.replace('2026-01-21', '2026-13-01') }, /meta\.yml:4: date: /],
  ['a relation to a document that does not exist', { 'source.txt': TEXT, 'meta.yml': `${META}related: [no-such-document]\n` }, /meta\.yml:5: related: no document “no-such-document”/],
  ['unrepaired mojibake', { 'source.txt': '一、总体要求\n规?;l发展超低能耗建筑。\n', 'meta.yml': META }, /source\.txt:2: lost lead byte/],
  ['pinyin annotation in an unknown form', { 'source.txt': '一、总体要求\n推动发(fa)展。\n', 'meta.yml': META }, /source\.txt:2: pinyin annotation in an unknown form/],
  ['a correction that no longer matches', { 'source.txt': TEXT, 'meta.yml': `${META}corrections:\n  - { find: 不存在, replace: 存在, reason: test }\n` }, /meta\.yml: corrections\.0\.find: occurs 0 time/],
  // 𠀀 (U+20000, CJK Extension B) has no glyph in Noto Serif SC/TC: a PDF would print an empty box
  ['a character the print fonts lack', { 'source.txt': '一、总体要求\n推动某某𠀀同志提出的城市发展。\n', 'meta.yml': META }, /no glyph for 1 character[\s\S]*𠀀 \(U\+20000\) in content\/sources\/zz-bad-input\/source\.txt:2/],
  ['a text identical to another source', { 'source.txt': readFileSync(new URL('../../content/sources/urban-development-opinions-2026/source.txt', import.meta.url)), 'meta.yml': META }, /identical to content\/sources\/urban-development-opinions-2026\/source\.txt/],
];

describe('broken input: a clear error, a non-zero exit, the previous dist/ untouched', () => {
  for (const [name, files, message] of failures) {
    it(name, () => {
      const remove = add('zz-bad-input', files);
      const r = buildIn(dir);
      remove();
      expect(r.status).not.toBe(0);
      expect(r.out).toMatch(/content\/sources\/zz-bad-input\//);
      expect(r.out).toMatch(message);
      expect(readFileSync(join(dir, 'dist/previous-build.txt'), 'utf8')).toBe('the site as it was');
      // no half-written folder left (the pipeline writes its files as it makes them)
      expect(existsSync(join(dir, 'content/.generated-tmp'))).toBe(false);
    });
  }
  it('a 200 MB source: over the stated 50 MB limit, refused before it is read', () => {
    const remove = add('zz-bad-input', { 'source.pdf': '%PDF-1.7\n', 'meta.yml': META });
    truncateSync(join(dir, 'content/sources/zz-bad-input/source.pdf'), 200 * 1024 * 1024); // sparse: no 200 MB written
    const r = buildIn(dir);
    remove();
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/content\/sources\/zz-bad-input\/source\.pdf: 200 MB is over the 50 MB limit/);
    expect(readFileSync(join(dir, 'dist/previous-build.txt'), 'utf8')).toBe('the site as it was');
  });
  it('a folder name that is not a doc id (ids come from folder names, so two documents cannot share one)', () => {
    const remove = add('Urban-Development-Opinions-2026', { 'source.txt': TEXT, 'meta.yml': META });
    const r = buildIn(dir);
    remove();
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/content\/sources\/Urban-Development-Opinions-2026: folder name must be a kebab-case doc id/);
  });
  it('a dictionary TSV with a malformed line', () => {
    const file = join(dir, 'content/dictionaries/zz-broken.tsv');
    writeFileSync(file, '# broken\n个中等 個中等\n');
    const r = buildIn(dir);
    rmSync(file);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/content\/dictionaries\/zz-broken\.tsv:2: expected/);
    expect(existsSync(join(dir, 'dist/previous-build.txt'))).toBe(true);
  });
});

const WORD = await makeDocx([['关于测试Word来源的通知'], ['一、总体要求'], ['坚持稳中求进，推动城市高质量发展。']], {}, 0);
const PAGE = makeHtml([['全省城市工作会议召开'], ['9月18日，全省城市工作会议在济南召开。会议指出，要推动城市高质量发展。']], { title: '网页来源的新闻标题', published: '2025-09-18T21:05', source: '大众日报' }, 'gbk');
const browserForPdf = await launchBrowser();
const PRINTED = await makePdf(browserForPdf, [['一、总体要求'], ['坚持稳中求进，推动城市高质量发展。到2025年，全省常住人口城镇化率达到67%左右。']], '测试文件');
await browserForPdf.close();

describe('legitimate input: correct output', () => {
  const hostile = '一、总体要求\n正文含{花括号}与<尖括号>、`反引号`、<script>window.pwned=1</script>、<img src=x onerror="window.pwned=2">、javascript:alert(1)、<Turn id="x">JSX</Turn>、<!-- 注释 -->，均应原样显示。\n';
  let served: Awaited<ReturnType<typeof serve>>;
  beforeAll(() => {
    add('zz-bom', { 'source.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT.replace('坚持', '带BOM的文本坚持'))]), 'meta.yml': META.replace('测试文件', '带BOM') });
    add('zz-crlf', { 'source.txt': TEXT.replace('坚持', 'CRLF文本坚持').replace(/\n/g, '\r\n'), 'meta.yml': META.replace('测试文件', 'CRLF') });
    add('zz-hostile', { 'source.txt': hostile, 'meta.yml': META.replace('测试文件', '含特殊字符<script>的文件') });
    add('zz-word', { 'source.docx': WORD, 'meta.yml': NO_TITLE });
    add('zz-page', { 'source.html': PAGE, 'meta.yml': 'type: news\nscript: hans\n' });
    add('zz-printed', { 'source.pdf': PRINTED, 'meta.yml': META.replace('测试文件', '打印的文件') });
    const r = buildIn(dir);
    expect(r.status, r.out.slice(-3000)).toBe(0);
  }, 900_000);
  afterAll(async () => served?.close());

  it('a Word file, a saved web page (GBK) and a PDF become documents, facts from the file, the original linked as 原始文件', () => {
    const word = readFileSync(join(dir, 'dist/zh-hans/zz-word/index.html'), 'utf8');
    expect(pageText(word)).toContain('关于测试Word来源的通知');
    expect(pageText(word)).toContain('坚持稳中求进，推动城市高质量发展。');
    const page = readFileSync(join(dir, 'dist/zh-hant/zz-page/index.html'), 'utf8');
    expect(pageText(page)).toContain('網頁來源的新聞標題');
    expect(pageText(page)).toContain('大眾日報');
    expect(pageText(page)).toContain('2025-09-18');
    expect(pageText(page)).not.toMatch(/分享到|相关文章|鲁ICP备/);
    expect(pageText(readFileSync(join(dir, 'dist/zh-hans/zz-printed/index.html'), 'utf8'))).toContain('到2025年，全省常住人口城镇化率达到67%左右。');
    for (const [id, name, bytes, label] of [['zz-word', 'source.docx', WORD, 'Word 文档'], ['zz-page', 'source.html', PAGE, '网页'], ['zz-printed', 'source.pdf', PRINTED, 'PDF']] as const) {
      expect(readFileSync(join(dir, `dist/sources/${id}/${name}`))).toEqual(bytes);
      const html = readFileSync(join(dir, `dist/zh-hans/${id}/index.html`), 'utf8');
      expect(html).toContain(`href="/sources/${id}/${name}"`);
      expect(pageText(html)).toContain(`原始文件${name} ${label} · ${Math.max(1, Math.round(bytes.length / 1024))} KB`);
    }
    expect(pageText(readFileSync(join(dir, 'dist/zh-hant/zz-word/index.html'), 'utf8'))).toContain('原始檔案source.docx Word 文件');
  });
  it('BOM and CRLF are transport details: the text comes out clean', () => {
    const bom = pageText(readFileSync(join(dir, 'dist/zh-hans/zz-bom/index.html'), 'utf8'));
    expect(bom).toContain('带BOM的文本坚持稳中求进，推动城市高质量发展。');
    expect(bom).not.toContain('\ufeff');
    const crlf = readFileSync(join(dir, 'dist/zh-hans/zz-crlf/index.html'), 'utf8');
    expect(pageText(crlf)).toContain('CRLF文本坚持稳中求进');
    expect(crlf).not.toContain('\r');
  });
  it('a line of 200,000 characters is kept whole (site only: PDF=0, its PDFs take minutes to lay out)', () => {
    const long = sandbox();
    const folder = join(long, 'content/sources/zz-long-line');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'source.txt'), `一、总体要求\n${'长段落推动城市更新。'.repeat(20_000)}\n`);
    writeFileSync(join(folder, 'meta.yml'), META.replace('测试文件', '长行'));
    const r = buildIn(long, { PDF: '0' });
    expect(r.status, r.out.slice(-2000)).toBe(0);
    for (const locale of ['zh-hans', 'zh-hant']) {
      const text = pageText(readFileSync(join(long, `dist/${locale}/zz-long-line/index.html`), 'utf8'));
      expect(text.split(locale === 'zh-hans' ? '长段落推动城市更新。' : '長段落推動城市更新。').length - 1).toBe(20_000);
    }
    rmSync(long, { recursive: true, force: true });
  }, 300_000);
  it('markup in a source is text in the page and in the PDF, and no script runs', async () => {
    served = await serve(join(dir, 'dist'));
    const browser = await connect();
    for (const locale of ['zh-hans', 'zh-hant']) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(`${served.url}${locale}/zz-hostile/`, { waitUntil: 'networkidle0' });
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      const text = await page.$eval('.doc-body', (el) => el.textContent ?? '');
      const hans = ['{花括号}', '<尖括号>', '`反引号`', '<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=2">', 'javascript:alert(1)', '<Turn id="x">JSX</Turn>', '<!--注释-->'];
      const hant = ['{花括號}', '<尖括號>', '`反引號`', '<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=2">', 'javascript:alert(1)', '<Turn id="x">JSX</Turn>', '<!--註釋-->'];
      for (const s of locale === 'zh-hant' ? hant : hans) expect(text).toContain(s);
      expect(await page.$$eval('.doc-body script, .doc-body img', (els) => els.length)).toBe(0);
      expect(await page.title()).toContain('<script>');
      await page.close();
    }
    await browser.close();
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(join(dir, 'dist/pdf/zh-hans/zz-hostile.pdf'))));
    const { text } = await extractText(pdf, { mergePages: true });
    const squeezed = (text as string).replace(/\s+/g, '');
    for (const s of ['{花括号}', '<尖括号>', '<script>window.pwned=1</script>', 'javascript:alert(1)', '<!--注释-->']) expect(squeezed).toContain(s.replace(/\s+/g, ''));
  });
});
