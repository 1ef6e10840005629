import mammoth from 'mammoth';
import { ContentError } from '../schema/friendly.ts';
import { parseDocument, textOf } from './dom.ts';
import { paragraphs, type Read } from './read.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
/** an encrypted .docx is an OLE container holding an EncryptionInfo stream (its name is UTF-16LE) */
const ENCRYPTED = Buffer.from('EncryptionInfo', 'utf16le');

/** Word's Title style, which mammoth leaves as a plain paragraph, is the document's title (a fact) and a heading. */
const STYLE_MAP = ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A Word file (mammoth): headings, paragraphs, lists, tables and footnotes as the pipeline's text. */
export async function readDocx(bytes: Uint8Array, rel: string): Promise<Read> {
  if (startsWith(bytes, OLE)) {
    throw new ContentError(
      rel,
      undefined,
      undefined,
      Buffer.from(bytes).includes(ENCRYPTED)
        ? 'password-protected Word file: open it, remove the password (File › Info › Protect Document) and save it again'
        : 'an old Word .doc file named .docx: open it in Word or LibreOffice and save it as .docx (Word Document)',
    );
  }
  if (!startsWith(bytes, ZIP))
    throw new ContentError(rel, undefined, undefined, 'not a Word file (a .docx is a ZIP archive; this one is damaged or something else renamed)');
  let html: string;
  try {
    // images are not text: an empty src instead of mammoth's base64 copy of each one (seconds for a large file)
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage })).value;
  } catch (e) {
    throw new ContentError(
      rel,
      undefined,
      undefined,
      `damaged Word file, not readable (${(e as Error).message.split('\n')[0]}); open it in Word and save it again`,
    );
  }
  const raw = textOf(parseDocument(`<!doctype html><html><body>${html}</body></html>`).body);
  if (!raw.trim()) throw new ContentError(rel, undefined, undefined, 'the Word file has no text (only images? a scan pasted into Word cannot be read)');
  const title = parseDocument(`<body>${html}</body>`).querySelector('h1.title')?.textContent?.trim();
  return { raw, facts: title ? { title } : {}, place: paragraphs(raw) };
}
