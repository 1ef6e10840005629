import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceInput } from '../pipeline/index.ts';
import { ContentError } from '../schema/friendly.ts';
import { readDocx } from './docx.ts';
import { findSourceFile, type Format } from './files.ts';
import { readHtml } from './html.ts';
import { readMeta } from './meta.ts';
import { readPdf } from './pdf.ts';
import type { Read } from './read.ts';
import { readTxt } from './txt.ts';

export { findSourceFile, MAX_SOURCE_BYTES } from './files.ts';
export { readMeta } from './meta.ts';

const DOC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const READERS: Record<Format, (bytes: Uint8Array, rel: string) => Read | Promise<Read>> = { txt: readTxt, docx: readDocx, html: readHtml, pdf: readPdf };

/** What the pipeline needs of one source, plus the original file (linked from the page) and where its lines came from. */
export interface Source extends SourceInput {
  original: { name: string; bytes: number };
  /** per line of raw: “page 3”, “paragraph 12” (not for source.txt, whose lines are the file's) */
  place?: string[];
  /** meta keys taken from the file because meta.yml does not give them */
  fromFile: string[];
}

/** Any source file's text, as the pipeline takes it. */
export async function readFile(file: string, rel: string, format: Format): Promise<Read> {
  return READERS[format](readFileSync(file), rel);
}

/** One folder of content/sources. */
export async function readSource(dir: string, id: string): Promise<Source> {
  const rel = `content/sources/${id}`;
  if (!DOC_ID.test(id)) throw new ContentError(rel, undefined, undefined, 'folder name must be a kebab-case doc id (a-z, 0-9, -)');
  const found = findSourceFile(join(dir, id), rel);
  const file = `${rel}/${found.name}`;
  const read = await readFile(join(dir, id, found.name), file, found.format);
  const { meta, lines, fromFile } = readMeta(join(dir, id, 'meta.yml'), `${rel}/meta.yml`, read.facts);
  return {
    id,
    raw: read.raw,
    meta,
    file,
    metaFile: `${rel}/meta.yml`,
    metaLines: lines,
    original: { name: found.name, bytes: found.bytes },
    fromFile,
    ...(read.place ? { place: read.place } : {}),
  };
}

/** Every folder of content/sources, sorted by id. */
export async function readSources(root: string): Promise<Source[]> {
  const dir = join(root, 'content/sources');
  const ids = readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort();
  const out: Source[] = [];
  for (const id of ids) out.push(await readSource(dir, id));
  return out;
}

/**
 * A pipeline error at a line of a source read from a Word file, web page or PDF names the file and the place the
 * line came from (page 3, paragraph 12), since that file has no such line.
 */
export function placeError(e: unknown, sources: Source[]): unknown {
  if (!(e instanceof ContentError) || !e.line) return e;
  const s = sources.find((x) => x.file === e.file && x.place);
  const where = s?.place?.[e.line - 1];
  if (!s || !where) return e;
  const detail = e.message.slice(`${e.file}:${e.line}: `.length);
  return new ContentError(e.file, undefined, undefined, `${where} (line ${e.line} of the text read from it): ${detail}`);
}
