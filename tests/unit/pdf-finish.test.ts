import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishPdf, rewrite, type PdfMeta } from '../../src/lib/pdf/finish.ts';

const meta: PdfMeta = {
  title: '关于推动城市高质量发展的实施意见',
  author: '山东省人民政府',
  subject: '原文 · 2026-01-21',
  lang: 'zh-Hans',
  date: '2026-01-21',
  keywords: ['城市更新', '城镇化'],
};

/** A PDF shaped like Chromium's (Skia) output: Info first, one classic xref table, trailer with Size/Root/Info only. */
function skiaLike(created: string, pages = 2, extraTrailer = ''): Uint8Array {
  const objects = [
    `1 0 obj\n<</Title <FEFF0041>\n/Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)\n/CreationDate (D:${created}+00'00')\n/ModDate (D:${created}+00'00')>>\nendobj\n`,
    `2 0 obj\n<</Type /Catalog\n/Pages 3 0 R\n/Lang (zh-Hans)>>\nendobj\n`,
    `3 0 obj\n<</Type /Pages\n/Kids [${Array.from({ length: pages }, (_, i) => `${4 + i} 0 R`).join(' ')}]\n/Count ${pages}>>\nendobj\n`,
    ...Array.from({ length: pages }, (_, i) => `${4 + i} 0 obj\n<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595.28 841.89]>>\nendobj\n`),
  ];
  let out = '%PDF-1.4\n%\xd3\xeb\xe9\xe1\n';
  const at: number[] = [];
  objects.forEach((o, i) => {
    at[i + 1] = out.length;
    out += o;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${at.slice(1).map((a) => `${String(a).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R${extraTrailer}>>\nstartxref\n${xref}\n%%EOF`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** every xref entry points at its object, and startxref at the table */
function offsetsValid(bytes: Uint8Array): boolean {
  const s = Buffer.from(bytes).toString('latin1');
  const start = Number(/startxref\s+(\d+)/.exec(s)![1]);
  if (!s.startsWith('xref', start)) return false;
  const entries = [...s.slice(start).matchAll(/(\d{10}) 00000 n /g)].map((m) => Number(m[1]));
  return entries.every((at, i) => s.startsWith(`${i + 1} 0 obj`, at));
}

describe('finishPdf', () => {
  it('rewrites a Chromium-shaped PDF directly: metadata, dates from the content, offsets valid', async () => {
    const fast = rewrite(skiaLike('20261122030340'), meta);
    expect(fast).not.toBeNull();
    expect(fast!.pages).toBe(2);
    expect(offsetsValid(fast!.bytes)).toBe(true);
    const doc = await PDFDocument.load(fast!.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getSubject()).toBe(meta.subject);
    expect(doc.getKeywords()).toBe('城市更新 城镇化');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-01-21T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-01-21T00:00:00.000Z');
    expect(doc.getPageCount()).toBe(2);
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('zh-Hans');
    expect(String(doc.catalog.lookup(PDFName.of('ViewerPreferences')))).toContain('/DisplayDocTitle true');
    // nothing of the render time or the headless browser is left in the file
    const text = Buffer.from(fast!.bytes).toString('latin1');
    expect(text).not.toContain('20261122');
    expect(text).not.toContain('HeadlessChrome');
  });

  it('gives the same bytes for the same page rendered at different times', async () => {
    const a = await finishPdf(skiaLike('20261122030340'), meta);
    const b = await finishPdf(skiaLike('20270101120000'), meta);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('leaves any other shape to pdf-lib, with the same metadata', async () => {
    expect(rewrite(skiaLike('20261122030340', 1, '\n/ID [<00> <00>]'), meta)).toBeNull();
    const made = await PDFDocument.create();
    made.addPage([595.28, 841.89]);
    made.addPage([595.28, 841.89]);
    made.addPage([595.28, 841.89]);
    const streams = await made.save({ useObjectStreams: true });
    expect(rewrite(streams, meta)).toBeNull();
    const slow = await finishPdf(streams, meta);
    expect(slow.pages).toBe(3);
    const doc = await PDFDocument.load(slow.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-01-21T00:00:00.000Z');
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('zh-Hans');
  });
});
