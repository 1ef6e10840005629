import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planKitFonts, printChars, repertoire } from '../../src/lib/pdf/fonts.ts';
import { discoverJobs } from '../../src/lib/pdf/jobs.ts';

const dir = mkdtempSync(join(tmpdir(), 'kit-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, attrs: string, description: string, body: string) =>
  `<!doctype html><html lang="${lang}"${attrs}><head><title>T</title><meta name="author" content="A"><meta name="description" content="${description}"><meta name="dcterms.modified" content="2026-01-21"><meta name="keywords" content=""><style>html[data-large]{font-size:150%}@page{@top-center{content:"页眉"}}</style></head><body>${body}</body></html>`;
function write(route: string, html: string) {
  mkdirSync(join(dir, route), { recursive: true });
  writeFileSync(join(dir, route, 'index.html'), html);
}

describe('font repertoire', () => {
  const hanzi = (s: string) => [...new Set(s)].filter((c) => /[\u4e00-\u9fff]/.test(c)).length;
  it('decodes GB 2312 (6,763 hanzi) for Simplified and Big5 level 1 (5,401 hanzi) for Traditional', () => {
    expect(hanzi(repertoire('sc'))).toBe(6763);
    // 5,401 of level 1 plus the 10 unit characters (兙 瓩 糎 …) that Big5 keeps among its symbols
    expect(hanzi(repertoire('tc'))).toBe(5411);
    expect(repertoire('sc')).toContain('鲁');
    expect(repertoire('tc')).toContain('魯');
    expect(repertoire('sc')).toContain('，');
    expect(repertoire('tc')).toContain('「');
  });
});

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

  it('keys the fonts on their characters: a new character changes the key', () => {
    const before = planKitFonts(dir, join(dir, 'cache')).key;
    expect(planKitFonts(dir, join(dir, 'cache')).key).toBe(before);
    write('print/zh-hant/factsheet/a/', page('zh-Hant', '', '原文', '<p>𠀀</p>'));
    expect(planKitFonts(dir, join(dir, 'cache')).key).not.toBe(before);
    rmSync(join(dir, 'print/zh-hant/factsheet'), { recursive: true });
  });

  it('prints a large-print page from its handout only when nothing but the attribute differs', () => {
    const jobs = discoverJobs(dir);
    const large = (id: string) => jobs.find((j) => j.kind === 'large' && j.id === id)!;
    expect(large('a').variant).toEqual({ of: 'print/zh-hans/handout/a/', attribute: 'data-large' });
    expect(large('b').variant).toBeUndefined();
    expect(large('a').meta.subject).toBe('原文 · 大字版');
  });
});
