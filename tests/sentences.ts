import { readFileSync } from 'node:fs';
import { extractText, getDocumentProxy } from 'unpdf';
import type { Converters } from '../src/lib/opencc.ts';
import { clean } from '../src/lib/pipeline/clean/index.ts';
import type { SourceInput } from '../src/lib/pipeline/index.ts';
import { sentences } from '../src/lib/pipeline/similarity.ts';

/**
 * A speaker label (`高本伟：`) becomes the turn's header, an outlet label its caption, and an article's number
 * (第十二条, 第 12 條) its heading: none of them is part of the sentence that follows.
 */
const unlabel = (t: string) =>
  t
    .replace(/^\p{sc=Han}{2,4}：/u, '')
    .replace(/^(.{2,20}[记記]者)：$/u, '$1')
    .replace(/^第[\s　]*[一二三四五六七八九十百零〇两\d]{1,7}[\s　]*[条條](?!规定|規定|的|中的)[\s　]*/u, '');

/**
 * Every sentence of a cleaned source as each script must show it: zh-Hans in Simplified (a Traditional source through
 * tw→cn); zh-Hant converted with cn→tw from a Simplified source, or a Traditional source's own words, residue repaired.
 */
export function sourceSentences(src: SourceInput, conv: Converters): { hans: string; hant: string }[] {
  const cleaned = clean(src.raw, src.meta, src.file);
  const lines = cleaned.blocks.flatMap((b) => b.lines).concat(cleaned.sidebars.flatMap((s) => [s.title, ...s.items.flatMap((i) => [i.heading, i.text])]));
  return lines.flatMap((line) => {
    if (src.meta.script === 'hans') return sentences(unlabel(line)).map((s) => ({ hans: s, hant: conv.toTraditional(s) }));
    const own = sentences(unlabel(line));
    return sentences(unlabel(conv.toSimplified(line, src.meta.region))).map((s, k) => ({ hans: s, hant: conv.repairResidue(own[k] ?? '', src.meta.region) }));
  });
}

/**
 * A PDF's page texts without the running header (pages after the first: the first opens with the title, which the
 * short title may equal), the page numbers and the page X / Y footer (spaced, on one line: 第10/2011号 and a URL's
 * year/ followed by a year on the next line are text).
 */
export async function pdfBodyText(file: string, header?: string): Promise<string[]> {
  const proxy = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { text } = await extractText(proxy, { mergePages: false });
  return (text as string[]).map((p, i) => {
    const t = p.replace(/—\s*\d+\s*—/g, '').replace(/\b\d+[ \t]+\/[ \t]+\d+\b/g, '').trimStart();
    return header && i > 0 ? withoutHeader(t, header) : t;
  });
}

/** The page text after its running header, matched ignoring the spaces the PDF's text layer puts around digits. */
function withoutHeader(text: string, header: string): string {
  const want = header.replace(/\s+/g, '');
  let i = 0;
  let k = 0;
  while (i < text.length && k < want.length) {
    if (/\s/.test(text[i]!)) i++;
    else if (text[i] === want[k]) {
      i++;
      k++;
    } else return text;
  }
  return k === want.length ? text.slice(i) : text;
}
