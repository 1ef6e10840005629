import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shortTitle } from '../../src/lib/kit.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { createConverters } from '../../src/lib/opencc.ts';
import { visit } from '../../src/lib/pipeline/tree.ts';
import { buildCorpus } from '../../src/lib/pipeline/index.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { pageText, ROOT } from '../helpers.ts';
import { pdfBodyText, sourceSentences } from '../sentences.ts';
import { SHAPES } from '../shapes.ts';
import { buildIn, sandbox } from './sandbox.ts';

/**
 * The public documents of tests/fixtures/shapes built as a site of their own, PDFs included: every sentence of every
 * source on its page and in its handout in both scripts, and every table cell in both.
 */
const conv = createConverters(readDictionaries(ROOT));
const sources = await readSources(SHAPES);
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[。！？；]$/, '');
let out: string;
let build: { status: number; out: string };

beforeAll(() => {
  const dir = sandbox();
  rmSync(join(dir, 'content/sources'), { recursive: true });
  cpSync(join(SHAPES, 'content/sources'), join(dir, 'content/sources'), { recursive: true });
  build = buildIn(dir);
  out = join(dir, 'dist');
});

const page = (locale: string, id: string) => squeeze(pageText(readFileSync(join(out, locale, id, 'index.html'), 'utf8')));
const read = new Map<string, Promise<string>>();
const pdf = (locale: string, id: string) => {
  const key = `${locale}/${id}`;
  const title = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest).documents.find((d) => d.id === id)!.title[locale]!;
  if (!read.has(key)) read.set(key, pdfBodyText(join(out, 'pdf', locale, `${id}.pdf`), shortTitle(title)).then((p) => squeeze(p.join(''))));
  return read.get(key)!;
};

describe('public documents of every shape, built', () => {
  it('build', () => expect(build.status, build.out.slice(-3000)).toBe(0));
  for (const src of sources) {
    it(`${src.id}: every sentence on its pages and in its handouts, both scripts`, async () => {
      const texts = { hans: page('zh-hans', src.id), hant: page('zh-hant', src.id), pdfHans: await pdf('zh-hans', src.id), pdfHant: await pdf('zh-hant', src.id) };
      const missing = sourceSentences(src, conv).flatMap((s) =>
        [
          texts.hans.includes(squeeze(s.hans)) ? '' : `[page zh-hans] ${s.hans}`,
          texts.hant.includes(squeeze(s.hant)) ? '' : `[page zh-hant] ${s.hant}`,
          texts.pdfHans.includes(squeeze(s.hans)) ? '' : `[pdf zh-hans] ${s.hans}`,
          texts.pdfHant.includes(squeeze(s.hant)) ? '' : `[pdf zh-hant] ${s.hant}`,
        ].filter(Boolean),
      );
      expect(missing).toEqual([]);
    });
  }
  it('every table cell is in a <td>/<th> of its page and in its PDF, both scripts', async () => {
    const { docs } = buildCorpus(sources, conv.toSimplified);
    let cells = 0;
    for (const doc of docs) {
      const tables: string[][] = [];
      visit(doc.blocks, (b) => {
        if (b.kind === 'table') tables.push([...(b.head ?? []), ...b.rows.flat()].filter(Boolean));
      });
      const html = readFileSync(join(out, 'zh-hans', doc.meta.id, 'index.html'), 'utf8');
      for (const cell of tables.flat()) {
        cells++;
        expect(html).toMatch(new RegExp(`<t[dh][^>]*>${cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</t[dh]>`));
        expect(await pdf('zh-hans', doc.meta.id)).toContain(squeeze(cell));
        // the zh-Hant side compared in Simplified: a Traditional source's cells are its own characters
        expect(conv.toSimplified(await pdf('zh-hant', doc.meta.id))).toContain(squeeze(cell));
      }
    }
    expect(cells).toBeGreaterThan(0);
  });
  it('a table that runs over several printed pages repeats its header row on each and splits no row', async () => {
    const pages = await pdfBodyText(join(out, 'pdf', 'zh-hans', 'long-table.pdf'));
    expect(pages.length).toBeGreaterThan(2);
    const rowsSeen = pages.map((p) => [...squeeze(p).matchAll(/第(\d+)号城市更新项目/g)].map((m) => Number(m[1])));
    for (const [n, page] of pages.entries()) {
      if (!rowsSeen[n]!.length) continue;
      expect(squeeze(page), `page ${n + 1}`).toContain('项目名称建设内容牵头单位');
      // every row on a page whole: its number, name, works and department together
      for (const r of rowsSeen[n]!) expect(squeeze(page)).toContain(`第${r}号城市更新项目改造老旧小区${r * 10}个，新建停车位${r * 50}个市住房城乡建设局`);
    }
    expect(rowsSeen.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });
});
