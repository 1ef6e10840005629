import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { launchBrowser } from '../../src/lib/pdf/render.ts';
import { buildCorpus, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { textsOf } from '../../src/lib/pipeline/tree.ts';
import { readDictionaries, readSources, type Source } from '../../src/lib/sources.ts';
import { readDocx } from '../../src/lib/sources/docx.ts';
import { readHtml } from '../../src/lib/sources/html.ts';
import { withFacts } from '../../src/lib/sources/meta.ts';
import { readPdf } from '../../src/lib/sources/pdf.ts';
import { ROOT } from '../helpers.ts';
import { makeDocx, makeHtml, makePdf, paragraphsOf } from '../make-sources.ts';

/**
 * Round trip: every seed document made into a Word file, a saved web page (one in GBK, one in GB18030) and a printed
 * PDF from its text, read back by the readers and built by the real pipeline in place of its source.txt. The built
 * document must carry every sentence of the .txt build, the same parts, articles, items and turns, and (the page)
 * the facts its <meta> tags give, with title and date left out of meta.yml.
 */
const conv = createConverters(readDictionaries(ROOT));
const seeds = await readSources(ROOT);
const baseline = buildCorpus(seeds, conv.toSimplified);
const ENCODING: Record<string, string> = { 'briefing-2026-01-21': 'gbk', 'urbanization-action-plan-2024-2025': 'gb18030' };

/** sentences of a built document: its texts cut after 。！？； with spaces squeezed out */
const sentences = (doc: StructuredDoc) =>
  textsOf(doc.blocks)
    .flatMap((t) => t.replace(/\s+/g, '').split(/(?<=[。！？；])/))
    .filter(Boolean);
const STRUCTURE = ['parts', 'articles', 'items', 'turns'] as const;
/**
 * The one loss measured: Noto Serif SC draws 户 and 戶 with one glyph, and Chromium names a shared glyph by its lowest
 * code point in the text layer, so the PDF says 戶 where the text had 户. No reader can tell which was typed.
 */
const SHARED_GLYPH: Record<string, string[]> = {
  'urban-work-conference-2025-09-18': ['为济南文旅集团打造了“数字超然楼”，让群众足不出户即可与楼内藏品沉浸式互动；'],
};

/** the corpus built with this one document read from another format: every document's sentences and counts */
function compare(id: string, format: string, raw: string, meta: Source['meta']) {
  const i = seeds.findIndex((s) => s.id === id);
  const built = buildCorpus(
    seeds.map((s) => (s.id === id ? { ...s, raw, meta } : s)),
    conv.toSimplified,
  );
  // a variant is merged into its base document: what it adds is compared there
  const want = baseline.docs.flatMap(sentences);
  const got = new Set(built.docs.flatMap(sentences));
  const missing = want.filter((s) => !got.has(s));
  const structure = (r: typeof built.reports) => r.map((x) => `${x.id} ${STRUCTURE.map((k) => `${k} ${x.counts[k]}`).join(', ')}`);
  const mine = baseline.docs[i]!.mergedInto ? sentences(baseline.docs.find((d) => d.meta.id === baseline.docs[i]!.mergedInto)!) : sentences(baseline.docs[i]!);
  console.log(`${format} ${id}: sentences kept ${mine.filter((s) => got.has(s)).length}/${mine.length}; ${structure(built.reports.slice(i, i + 1))}`);
  expect(missing).toEqual(format === 'pdf' ? (SHARED_GLYPH[id] ?? []) : []);
  expect(structure(built.reports)).toEqual(structure(baseline.reports));
  return built.docs[i]!;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('a seed made into .docx, .html and .pdf builds the same document as its source.txt', () => {
  for (const seed of seeds) {
    const paras = paragraphsOf(seed.raw);
    it(`${seed.id}: Word`, async () => {
      const read = await readDocx(await makeDocx(paras), `content/sources/${seed.id}/source.docx`);
      compare(seed.id, 'docx', read.raw, seed.meta);
    });
    it(`${seed.id}: saved web page (${ENCODING[seed.id] ?? 'utf-8'}), title and date from its <meta> tags`, () => {
      const m = seed.meta;
      const published = m.published ?? m.date;
      const page = makeHtml(
        paras,
        { title: m.title, published: published.includes('T') ? published : `${published}T09:30`, source: '山东省人民政府网站' },
        ENCODING[seed.id] ?? 'utf-8',
      );
      const read = readHtml(page, `content/sources/${seed.id}/source.html`);
      // meta.yml without the keys the page gives: they must come from the page
      const { title, date, published: _p, ...rest } = m;
      const keepDate = published.slice(0, 10) !== date;
      const { meta } = withFacts({ ...rest, ...(keepDate ? { date } : {}) }, read.facts);
      const doc = compare(seed.id, 'html', read.raw, meta);
      expect(doc.meta.title).toBe(title);
      expect(doc.meta.date).toBe(date);
      expect(doc.meta.published?.slice(0, 10)).toBe(published.slice(0, 10));
      expect(doc.meta.source).toBe(m.source ?? '山东省人民政府网站');
    });
    it(`${seed.id}: printed PDF`, async () => {
      const read = await readPdf(await makePdf(browser, paras, '山东省人民政府文件'), `content/sources/${seed.id}/source.pdf`);
      compare(seed.id, 'pdf', read.raw, seed.meta);
    }, 60_000);
  }
});
