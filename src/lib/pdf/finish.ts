// The only module that imports pdf-lib: metadata Chromium cannot set, and dates from the content, not the clock.
import { PDFDocument } from 'pdf-lib';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  lang: string;
  /** ISO date from the content: used for CreationDate and ModDate so the same content gives the same bytes */
  date: string;
  keywords: string[];
}

export async function finishPdf(raw: Uint8Array, meta: PdfMeta): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  const when = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.lang);
  doc.setCreator('shandong-policy-kit');
  doc.setProducer('shandong-policy-kit (Chromium, pdf-lib)');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return { bytes: await doc.save({ useObjectStreams: false }), pages: doc.getPageCount() };
}
