import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseDictionary } from './dictionaries.ts';
import type { Dictionaries } from './opencc.ts';
import type { SourceInput } from './pipeline/index.ts';
import { ContentError, parseWithFriendlyErrors } from './schema/friendly.ts';
import { metaSchema } from './schema/meta.ts';

const DOC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Read one meta.yml, reporting YAML and schema errors with the line they are on. */
export function readMeta(file: string, rel: string): { meta: SourceInput['meta']; lines: Record<string, number> } {
  if (!existsSync(file)) throw new ContentError(rel, undefined, undefined, 'missing: every source folder needs a meta.yml');
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ContentError(rel, e.linePos?.[0].line, undefined, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const data = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ContentError(rel, 1, undefined, 'expected a mapping of keys (title:, type:, …)');
  const lineOf = (path: (string | number)[]) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      const n = node as { items?: { key?: { value?: unknown; range?: number[] }; value?: unknown; range?: number[] }[] };
      const item = n?.items?.find((it, i) => (it.key ? it.key.value === key : i === key));
      if (!item) break;
      const range = item.key?.range ?? item.range;
      if (range) line = counter.linePos(range[0]!).line;
      node = item.key ? item.value : item;
    }
    return line ?? 1;
  };
  const meta = parseWithFriendlyErrors(metaSchema, data, rel, lineOf);
  const lines = Object.fromEntries(Object.keys(data).map((k) => [k, lineOf([k])]));
  return { meta, lines };
}

/** Decode source.txt: UTF-8 only; anything else is reported, never guessed silently. */
export function readSourceText(file: string, rel: string): string {
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new ContentError(rel, 1, undefined, 'the file is empty');
  if (bytes.includes(0)) throw new ContentError(rel, undefined, undefined, 'binary file (contains NUL bytes), expected UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 10).length + 1;
    throw new ContentError(rel, line, undefined, `not UTF-8 (invalid byte at offset ${offset}); GBK or Big5? convert it with iconv -f GBK -t UTF-8`);
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || b[i + k]! >> 6 !== 2) return i;
    i += n + 1;
  }
  return b.length;
}

/** Every folder of content/sources, sorted by id. */
export function readSources(root: string): SourceInput[] {
  const dir = join(root, 'content/sources');
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort()
    .map((id) => {
      const rel = `content/sources/${id}`;
      if (!DOC_ID.test(id)) throw new ContentError(rel, undefined, undefined, 'folder name must be a kebab-case doc id (a-z, 0-9, -)');
      const src = join(dir, id, 'source.txt');
      if (!existsSync(src)) throw new ContentError(`${rel}/source.txt`, undefined, undefined, 'missing');
      const { meta, lines } = readMeta(join(dir, id, 'meta.yml'), `${rel}/meta.yml`);
      return { id, raw: readSourceText(src, `${rel}/source.txt`), meta, file: `${rel}/source.txt`, metaFile: `${rel}/meta.yml`, metaLines: lines };
    });
}

export function readDictionaries(root: string): Dictionaries {
  const dir = join(root, 'content/dictionaries');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort() : [];
  const dicts: Dictionaries = { phrases: [], chars: [] };
  for (const f of files) {
    const entries = parseDictionary(readFileSync(join(dir, f), 'utf8'), `content/dictionaries/${f}`);
    (f.endsWith('.chars.tsv') ? dicts.chars : dicts.phrases).push(...entries);
  }
  return dicts;
}
