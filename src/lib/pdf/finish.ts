// The only module that imports pdf-lib: metadata Chromium cannot set, and dates from the content, not the clock.
// Chromium writes a single-revision PDF with a classic xref table; for that shape the file is rewritten directly
// (object by object, new Info dictionary, offsets recomputed) in a few milliseconds. pdf-lib, which parses and
// re-serialises the whole file (100–300 ms per handout), is kept for any other shape a future Chromium may produce.
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

export const CREATOR = 'shandong-policy-kit';
export const PRODUCER = 'shandong-policy-kit (Chromium)';

export async function finishPdf(raw: Uint8Array, meta: PdfMeta): Promise<{ bytes: Uint8Array; pages: number }> {
  return rewrite(raw, meta) ?? viaPdfLib(raw, meta);
}

async function viaPdfLib(raw: Uint8Array, meta: PdfMeta): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  const when = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.lang);
  doc.setCreator(CREATOR);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return {
    bytes: await doc.save({ useObjectStreams: false }),
    pages: doc.getPageCount(),
  };
}

/** A PDF text string: UTF-16BE with a byte-order mark, as hex (safe for any character). */
const text = (s: string) => {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
};

/**
 * The fast path. Returns null (caller falls back to pdf-lib) unless the file is exactly what Chromium writes today:
 * one xref table, every entry in use with generation 0, a trailer with only /Size, /Root and /Info.
 */
export function rewrite(raw: Uint8Array, meta: PdfMeta): { bytes: Uint8Array; pages: number } | null {
  const src = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(src);
  if (!src.startsWith('%PDF-') || !tail || src.indexOf('startxref') !== tail.index) return null;
  const xrefAt = Number(tail[1]);
  const table = /^xref\r?\n0 (\d+)\r?\n/.exec(src.slice(xrefAt, xrefAt + 40));
  if (!table) return null;
  const size = Number(table[1]);
  const entriesAt = xrefAt + table[0].length;
  const offsets: number[] = [];
  for (let n = 1; n < size; n++) {
    const e = /^(\d{10}) (\d{5}) ([nf])/.exec(src.slice(entriesAt + n * 20, entriesAt + n * 20 + 18));
    if (!e || e[2] !== '00000' || e[3] !== 'n') return null;
    offsets[n] = Number(e[1]);
  }
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(src.slice(entriesAt + size * 20));
  const keys = trailer ? [...trailer[1]!.matchAll(/\/(\w+)/g)].map((m) => m[1]) : [];
  const root = trailer && /\/Root (\d+) 0 R/.exec(trailer[1]!);
  const info = trailer && /\/Info (\d+) 0 R/.exec(trailer[1]!);
  if (!root || !info || keys.some((k) => !['Size', 'Root', 'Info'].includes(k!))) return null;
  // each object runs from its offset to the next object (or the xref table)
  const order = offsets
    .map((at, n) => ({ n, at }))
    .filter((o) => o.at !== undefined)
    .sort((a, b) => a.at - b.at);
  const body = new Map<number, string>();
  for (let i = 0; i < order.length; i++) {
    const { n, at } = order[i]!;
    const obj = src.slice(at, i + 1 < order.length ? order[i + 1]!.at : xrefAt);
    if (!obj.startsWith(`${n} 0 obj`)) return null;
    body.set(n, obj);
  }
  const rootN = Number(root[1]);
  const infoN = Number(info[1]);
  const catalog = body.get(rootN);
  const pagesRef = catalog && /\/Pages (\d+) 0 R/.exec(catalog);
  const count = pagesRef && /\/Count (\d+)/.exec(body.get(Number(pagesRef[1])) ?? '');
  if (!catalog || !count || !body.has(infoN)) return null;
  const add = [
    /\/ViewerPreferences/.test(catalog) ? '' : '/ViewerPreferences <</DisplayDocTitle true>>\n',
    /\/Lang/.test(catalog) ? '' : `/Lang ${text(meta.lang)}\n`,
  ].join('');
  body.set(rootN, catalog.replace(/^(\d+ 0 obj\s*<<)/, `$1${add}`));
  const when = `(D:${meta.date.replace(/-/g, '')}000000Z)`;
  body.set(
    infoN,
    `${infoN} 0 obj\n<</Title ${text(meta.title)}\n/Author ${text(meta.author)}\n/Subject ${text(meta.subject)}\n/Keywords ${text(meta.keywords.join(' '))}\n/Creator ${text(CREATOR)}\n/Producer ${text(PRODUCER)}\n/CreationDate ${when}\n/ModDate ${when}>>\nendobj\n`,
  );
  let out = src.slice(0, order[0]!.at);
  const at: number[] = [];
  for (const { n } of order) {
    at[n] = out.length;
    out += body.get(n)!;
  }
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) out += `${String(at[n]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${size}\n/Root ${rootN} 0 R\n/Info ${infoN} 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return {
    bytes: new Uint8Array(Buffer.from(out, 'latin1')),
    pages: Number(count[1]),
  };
}
