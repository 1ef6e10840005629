import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { shortTitle } from '../../src/lib/kit.ts';
import type { Manifest } from '../../src/lib/manifest.ts';
import { createConverters } from '../../src/lib/opencc.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { DIST, generatedTargets, ROOT, simplifiedResidue } from '../helpers.ts';
import { pdfBodyText, sourceSentences } from '../sentences.ts';

/** Every PDF of the kit, read back with JS readers (unpdf / pdf.js and pdf-lib): no system tool needed. */
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
const all = [...manifest.documents.flatMap((d) => d.pdfs), ...manifest.collections];
const conv = createConverters(readDictionaries(ROOT));
const sources = await readSources(ROOT);
const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[。！？；]$/, '');
const bytesOf = (pdf: string) => new Uint8Array(readFileSync(join(DIST, pdf)));

const bodyText = (pdf: string, header?: string) => pdfBodyText(join(DIST, pdf), header);
const headerOf = (pdf: string) => {
  const doc = manifest.documents.find((d) => d.pdfs.some((p) => p.pdf === pdf));
  const locale = pdf.split('/')[1]!;
  return doc ? shortTitle(doc.title[locale]!) : undefined;
};

describe('the kit', () => {
  it('has a handout and a large-print handout per document per script, fact sheets, and the one booklet of a small library per script', () => {
    for (const d of manifest.documents) {
      for (const l of ['zh-hans', 'zh-hant']) {
        expect(d.pdfs.filter((p) => p.locale === l).map((p) => p.kind)).toEqual(expect.arrayContaining(['handout', 'large']));
      }
    }
    // the seeds are fewer than BOOKLET_DOCS: one volume, `all`, published as booklet.pdf, every document but the variant
    const booked = manifest.documents.filter((d) => d.id !== 'briefing-2026-01-21-qa').map((d) => d.id);
    expect(manifest.collections.map((c) => [c.locale, c.volume, c.pdf, [...c.docs].sort()])).toEqual(
      ['zh-hans', 'zh-hant'].map((l) => [l, 'all', `pdf/${l}/booklet.pdf`, booked]),
    );
    expect(all.filter((p) => p.kind === 'factsheet').length).toBeGreaterThanOrEqual(2);
  });
  it('no handout exceeds 1.5 MB; the manifest matches the files', async () => {
    const { createHash } = await import('node:crypto');
    for (const p of all) {
      const b = bytesOf(p.pdf);
      expect(b.length, p.pdf).toBe(p.bytes);
      expect(createHash('sha256').update(b).digest('hex')).toBe(p.sha256);
      if (p.kind !== 'booklet') expect(b.length, p.pdf).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    }
  });
});

describe.each(all.map((p) => [p.pdf, p] as const))('%s', (_name, entry) => {
  it('is A4, tagged, has bookmarks, a title, author, subject and language, embedded fonts only', async () => {
    const doc = await PDFDocument.load(bytesOf(entry.pdf), { updateMetadata: false });
    expect(doc.getPageCount()).toBe(entry.pages);
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      expect(Math.abs(width - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(height - 841.89)).toBeLessThan(1.5);
    }
    expect(doc.getTitle()?.length).toBeGreaterThan(3);
    expect(doc.getAuthor()?.length).toBeGreaterThan(1);
    expect(doc.getSubject()?.length).toBeGreaterThan(1);
    const catalog = doc.catalog;
    expect(String(catalog.get(PDFName.of('Lang')))).toContain(entry.locale === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
    expect(catalog.get(PDFName.of('MarkInfo'))).toBeDefined();
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(catalog.get(PDFName.of('Outlines'))).toBeDefined();
    // every font a page uses is embedded (its descriptor carries the font program) and comes from the npm face
    let fonts = 0;
    for (const page of doc.getPages()) {
      const res = page.node.Resources();
      const fontDict = res?.lookupMaybe(PDFName.of('Font'), PDFDict);
      for (const [, ref] of fontDict?.entries() ?? []) {
        const font = doc.context.lookup(ref, PDFDict);
        const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
        const target = descendants ? doc.context.lookup(descendants.get(0), PDFDict) : font;
        const descriptor = target.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
        const name = String(target.get(PDFName.of('BaseFont')));
        expect(descriptor, name).toBeDefined();
        expect(['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor!.get(PDFName.of(k))), name).toBe(true);
        expect(name).toMatch(entry.locale === 'zh-hant' ? /NotoSerif(TC|CJKtc)/ : /NotoSerif(SC|CJKsc)/);
        fonts++;
      }
    }
    expect(fonts).toBeGreaterThan(0);
    // links point at the public site, never at the server the PDF was rendered from
    const uris = [...Buffer.from(bytesOf(entry.pdf)).toString('latin1').matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
    expect(uris.filter((u) => /127\.0\.0\.1|localhost/.test(u))).toEqual([]);
  });
  if (entry.locale === 'zh-hant') {
    it('is Traditional throughout: no Simplified-only character (no label left in Simplified)', async () => {
      const text = (await bodyText(entry.pdf)).join('\n');
      expect(simplifiedResidue(text, conv.toTraditional)).toEqual([]);
    });
  }
  if (entry.kind === 'handout' || entry.kind === 'large') {
    it("contains every sentence of the document's text, in its script", async () => {
      const src = sources.find((s) => s.id === entry.id)!;
      const pdfs = [entry.pdf, ...(src.meta.variantOf ? [entry.pdf.replace(entry.id, src.meta.variantOf)] : [])];
      const text = squeeze((await Promise.all(pdfs.map((p) => bodyText(p, headerOf(p))))).flat().join(''));
      const missing: string[] = [];
      let total = 0;
      for (const s of sourceSentences(src, conv)) {
        total++;
        if (!text.includes(squeeze(entry.locale === 'zh-hant' ? s.hant : s.hans))) missing.push(s.hans);
      }
      expect(total).toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });
    it('no line starts with 。，、；：？！ or a closing bracket (clreq)', async () => {
      const proxy = await getDocumentProxy(bytesOf(entry.pdf));
      const bad: string[] = [];
      for (let n = 1; n <= proxy.numPages; n++) {
        const content = await (await proxy.getPage(n)).getTextContent();
        const lines = new Map<number, { x: number; s: string }[]>();
        for (const item of content.items as { str: string; transform: number[] }[]) {
          if (!item.str.trim()) continue;
          const y = Math.round(item.transform[5]!);
          lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4]!, s: item.str }]);
        }
        for (const items of lines.values()) {
          const line = items.sort((a, b) => a.x - b.x).map((i) => i.s).join('').trim();
          if (/^[。，、；：？！）」』》]/.test(line)) bad.push(`p${n}: ${line.slice(0, 20)}`);
        }
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('booklets and fact sheets', () => {
  it.each(['zh-hans', 'zh-hant'])('%s booklet: each document starts on the page its contents list gives', async (locale) => {
    const pages = await bodyText(`pdf/${locale}/booklet.pdf`);
    const html = readFileSync(join(DIST, 'manifest.json'), 'utf8');
    expect(html.length).toBeGreaterThan(0);
    // the contents page lists titles, each followed by its start page
    const contents = squeeze(pages[1]!);
    const docs = manifest.documents.filter((d) => contents.includes(squeeze(d.title[locale]!).slice(0, 10)));
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const d of docs) {
      const title = squeeze(d.title[locale]!);
      const at = contents.indexOf(title.slice(0, 10));
      const page = Number(/\d+/.exec(contents.slice(at + title.length - 4).replace(/^[^\d]*?(?=\d+[^\d年）)]|\d+$)/, ''))?.[0]);
      expect(page, d.id).toBeGreaterThan(2);
      expect(squeeze(pages[page - 1]!), `${d.id} on page ${page}`).toContain(title.slice(0, 12));
    }
  });
  it('fact sheets are one page', () => {
    for (const p of all.filter((x) => x.kind === 'factsheet')) expect(p.pages, p.pdf).toBe(1);
  });
  it('a fact sheet lists its headline targets as indicator, value, year: no fragment, no ellipsis', async () => {
    type Figure = { doc: string; kind: string; indicator?: string; change?: string; text: string; deadline?: string };
    const targets: Record<string, Figure[]> = { 'zh-hans': generatedTargets<Figure>('zh-hans'), 'zh-hant': generatedTargets<Figure>('zh-hant') };
    for (const p of all.filter((x) => x.kind === 'factsheet')) {
      const raw = (await bodyText(p.pdf)).join('\n');
      const rawBlock = raw.slice(raw.search(/主要指[标標]/u), raw.search(/版本日期/u));
      const block = squeeze(rawBlock);
      expect(block, p.pdf).not.toMatch(/…/u);
      const rows = targets[p.locale]!.filter((t) => t.doc === p.id && t.kind === 'target' && t.indicator && /^\d{4}$/.test(t.deadline ?? ''));
      const shown = rows.filter((t) => block.includes(squeeze(`${t.indicator}${t.change ?? ''}${t.text}${t.deadline}`)));
      // a line of the block ends with its year
      const years = rawBlock.match(/ (?:19|20)\d\d$/gmu) ?? [];
      expect(shown.length, p.pdf).toBeGreaterThan(0);
      // every year printed closes a line that reads indicator → value → year
      expect(years.length, p.pdf).toBe(new Set(shown.map((t) => `${t.indicator}${t.text}`)).size);
    }
  });
  it('large print uses type at least 1.5× the handout size', async () => {
    const size = async (pdf: string) => {
      const proxy = await getDocumentProxy(bytesOf(pdf));
      const items = (await (await proxy.getPage(2)).getTextContent()).items as { str: string; transform: number[] }[];
      const sizes = items.filter((i) => /\p{sc=Han}/u.test(i.str)).map((i) => Math.abs(i.transform[3]!)).sort((a, b) => a - b);
      return sizes[Math.floor(sizes.length / 2)]!;
    };
    const ratio = (await size('pdf/zh-hans/urban-development-opinions-2026-large.pdf')) / (await size('pdf/zh-hans/urban-development-opinions-2026.pdf'));
    expect(ratio).toBeGreaterThanOrEqual(1.5);
  });
});
