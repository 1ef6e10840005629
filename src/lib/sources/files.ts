import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../schema/friendly.ts';

/** The formats a source folder may hold, by file extension (`source.htm` is how some browsers save a page). */
export const FORMATS = { txt: 'txt', docx: 'docx', html: 'html', htm: 'html', pdf: 'pdf' } as const;
export type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** A stated limit: larger files are scans or bundles, not one document's text, and would stall the build. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

const REFUSED: Record<string, string> = {
  doc: 'old Word format (.doc): open it in Word or LibreOffice and save it as .docx (Word Document)',
  wps: 'WPS format: save it as .docx in WPS Office',
  rtf: 'RTF is not read: save it as .docx',
  mhtml: 'MHTML archive: save the page as “Web page, HTML only” (source.html)',
  mht: 'MHTML archive: save the page as “Web page, HTML only” (source.html)',
};

export interface SourceFile {
  /** e.g. source.docx */
  name: string;
  format: Format;
  bytes: number;
}

/** The one source file of a folder: exactly one of source.txt / .docx / .html / .pdf, under the size limit. */
export function findSourceFile(dir: string, rel: string): SourceFile {
  const names = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^source\.[^.]+$/i.test(f))
        .sort()
    : [];
  for (const name of names) {
    const ext = name.slice(7).toLowerCase();
    if (REFUSED[ext]) throw new ContentError(`${rel}/${name}`, undefined, undefined, REFUSED[ext]);
    if (!(ext in FORMATS))
      throw new ContentError(`${rel}/${name}`, undefined, undefined, `unknown format .${ext}: a source is source.txt, source.docx, source.html or source.pdf`);
  }
  if (names.length === 0)
    throw new ContentError(`${rel}/source.txt`, undefined, undefined, 'missing: a source folder needs one of source.txt, source.docx, source.html, source.pdf');
  if (names.length > 1)
    throw new ContentError(`${rel}/${names[0]}`, undefined, undefined, `two sources in one folder: ${names.join(' and ')}; keep exactly one`);
  const name = names[0]!;
  const bytes = statSync(join(dir, name)).size;
  if (bytes > MAX_SOURCE_BYTES) {
    throw new ContentError(
      `${rel}/${name}`,
      undefined,
      undefined,
      `${(bytes / 1048576).toFixed(0)} MB is over the ${MAX_SOURCE_BYTES / 1048576} MB limit for a source; a file this size is a scan or a bundle, not one document's text`,
    );
  }
  return { name, format: FORMATS[name.slice(7).toLowerCase() as keyof typeof FORMATS], bytes };
}
