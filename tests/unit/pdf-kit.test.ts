import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryChars, planKitFonts, printChars } from '../../src/lib/pdf/fonts.ts';
import { discoverJobs } from '../../src/lib/pdf/jobs.ts';

const dir = mkdtempSync(join(tmpdir(), 'kit-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, attrs: string, description: string, body: string) =>
  `<!doctype html><html lang="${lang}"${attrs}><head><title>T</title><meta name="author" content="A"><meta name="description" content="${description}"><meta name="dcterms.modified" content="2026-01-21"><meta name="keywords" content=""><style>html[data-large]{font-size:150%}@page{@top-center{content:"页眉"}}</style></head><body>${body}</body></html>`;
function write(route: string, html: string) {
  mkdirSync(join(dir, route), { recursive: true });
  writeFileSync(join(dir, route, 'index.html'), html);
}

describe('print pages', () => {
  write('print/zh-hans/handout/a/', page('zh-Hans', '', '原文', '<p>城市&#x29E3D;更新</p>'));
  write('print/zh-hans/large/a/', page('zh-Hans', ' data-large', '原文 · 大字版', '<p>城市&#x29E3D;更新</p>'));
  write('print/zh-hans/handout/b/', page('zh-Hans', '', '原文', '<p>乙</p>'));
  write('print/zh-hans/large/b/', page('zh-Hans', ' data-large', '原文 · 大字版', '<p>乙，另有一段</p>'));
  write('print/zh-hant/handout/a/', page('zh-Hant', '', '原文', '<p>城市更新</p>'));

  it('collects every character a script prints, entities and stylesheet strings included', () => {
    const sc = printChars(dir, 'sc');
    for (const c of ['城', '\u{29E3D}', '页', '眉', '乙', 'A']) expect(sc.has(c)).toBe(true);
    expect(printChars(dir, 'tc').has('乙')).toBe(false);
  });

  it("keys each script's faces on its characters: a character new to one script leaves the other's key alone", () => {
    const keys = () => (['zh-hans', 'zh-hant'] as const).map(planKitFonts(dir, join(dir, 'cache')).keyOf);
    const before = keys();
    expect(keys()).toEqual(before);
    write('print/zh-hant/factsheet/a/', page('zh-Hant', '', '原文', '<p>𠀀</p>'));
    const after = keys();
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    rmSync(join(dir, 'print/zh-hant/factsheet'), { recursive: true });
  });

  it("serves a script's faces once ensured, cached by key", async () => {
    const fonts = planKitFonts(dir, join(dir, 'cache'));
    expect(fonts.file('sc-400.ttf')).toBeUndefined();
    const [first, second] = await Promise.all([fonts.ensure('zh-hans'), fonts.ensure('zh-hans')]);
    expect([first, second]).toEqual([true, true]);
    const file = fonts.file('sc-400.ttf')!;
    expect(file).toContain(fonts.keyOf('zh-hans'));
    expect(readFileSync(file).length).toBeGreaterThan(1000);
    expect(existsSync(fonts.file('sc-700.ttf')!)).toBe(true);
    expect(fonts.file('tc-400.ttf')).toBeUndefined();
    expect(fonts.file('../sc-400.ttf')).toBeUndefined();
    expect(await planKitFonts(dir, join(dir, 'cache')).ensure('zh-hans')).toBe(false);
  });

  it('prints a large-print page from its handout only when nothing but the attribute differs', () => {
    const jobs = discoverJobs(dir);
    const large = (id: string) => jobs.find((j) => j.kind === 'large' && j.id === id)!;
    expect(large('a').variant).toEqual({ of: 'print/zh-hans/handout/a/', attribute: 'data-large' });
    expect(large('b').variant).toBeUndefined();
    expect(large('a').meta.subject).toBe('原文 · 大字版');
  });
});

describe('booklets and faces of a library in volumes', () => {
  const lib = mkdtempSync(join(tmpdir(), 'kit-volumes-'));
  afterAll(() => rmSync(lib, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(join(lib, path, '..'), { recursive: true });
    writeFileSync(join(lib, path), text);
  };

  it('finds a booklet per volume, published under its key (booklet.pdf for the whole library), with its documents', () => {
    const contents = (ids: string[]) => ids.map((id) => `<li><span data-pdf-start="${id}">?</span></li>`).join('');
    put('site/print/zh-hans/handout/a/index.html', page('zh-Hans', '', '原文', '<p>甲</p>'));
    put('site/print/zh-hans/booklet/policy-2025-2/index.html', page('zh-Hans', '', '文件汇编', contents(['b', 'a'])));
    put('site/print/zh-hant/booklet/all/index.html', page('zh-Hant', '', '文件彙編', contents(['a'])));
    const booklets = discoverJobs(join(lib, 'site')).filter((j) => j.kind === 'booklet');
    expect(booklets.map((j) => [j.id, j.route, j.pdf, j.docs])).toEqual([
      ['policy-2025-2', 'print/zh-hans/booklet/policy-2025-2/', 'pdf/zh-hans/booklet-policy-2025-2.pdf', ['b', 'a']],
      ['all', 'print/zh-hant/booklet/all/', 'pdf/zh-hant/booklet.pdf', ['a']],
    ]);
  });

  it('given the library, every part of a sharded build subsets the faces a single build does', () => {
    // the library's documents (content/generated); part 1 prints 甲's page, part 2 乙's, a single build both
    put('generated/zh-hans/a.mdx', '---\ntitle: 甲\n---\n城市');
    put('generated/zh-hans/b.mdx', '---\ntitle: 乙\n---\n乡村');
    put('part-1/print/zh-hans/handout/a/index.html', page('zh-Hans', '', '原文', '<p>甲城市</p>'));
    put('part-2/print/zh-hans/handout/b/index.html', page('zh-Hans', '', '原文', '<p>乙乡村</p>'));
    put('single/print/zh-hans/handout/a/index.html', page('zh-Hans', '', '原文', '<p>甲城市</p>'));
    put('single/print/zh-hans/handout/b/index.html', page('zh-Hans', '', '原文', '<p>乙乡村</p>'));
    const key = (dist: string, library?: string) => planKitFonts(join(lib, dist), join(lib, 'cache'), library).keyOf('zh-hans');
    const library = join(lib, 'generated');
    expect(new Set([key('part-1', library), key('part-2', library), key('single', library)]).size).toBe(1);
    // without it, each part would embed faces of its own pages only, and its PDFs would differ from the single build's
    expect(key('part-1')).not.toBe(key('single'));
    expect(libraryChars(library, 'sc').has('乡')).toBe(true);
    expect(libraryChars(library, 'tc').has('乡')).toBe(false);
  });
});

describe('a document named like a booklet', () => {
  const lib = mkdtempSync(join(tmpdir(), 'kit-clash-'));
  afterAll(() => rmSync(lib, { recursive: true, force: true }));
  it('fails the build rather than overwrite the booklet', () => {
    for (const route of ['print/zh-hans/handout/booklet-policy-2025/', 'print/zh-hans/booklet/policy-2025/']) {
      mkdirSync(join(lib, route), { recursive: true });
      writeFileSync(join(lib, route, 'index.html'), page('zh-Hans', '', '原文', '<p>甲</p>'));
    }
    expect(() => discoverJobs(lib)).toThrow('print/zh-hans/booklet/policy-2025/index.html: its PDF pdf/zh-hans/booklet-policy-2025.pdf is also print/zh-hans/handout/booklet-policy-2025/\'s: rename the document');
  });
});
