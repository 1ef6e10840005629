import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planKitFonts, printChars } from '../../src/lib/pdf/fonts.ts';
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
