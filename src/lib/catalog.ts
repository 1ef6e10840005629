// The catalogue: every generated document's frontmatter (content/generated/<locale>/<id>.mdx), read without compiling
// its MDX. Lists, relations and the shard cut come from here; only a shard's own documents are compiled and rendered.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { localeIds, type Locale } from './i18n/locales.ts';
import { shards, type PartDoc, type Shard } from './partition.ts';

export interface CatalogFile {
  locale: Locale;
  /** content/generated-relative, e.g. zh-hans/<id>.mdx */
  file: string;
  data: Record<string, unknown> & { docId: string; type: string; date: string; mergedInto?: string };
  /** reading time in minutes */
  minutes: number;
}

/** Rough reading time: 400 Chinese characters a minute. */
export function readingMinutes(body: string | undefined): number {
  const han = (body ?? '').match(/\p{sc=Han}/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / 400));
}

/** A fact sheet is made for a policy text that is divided into parts (一、…) with articles or items. */
export const makesFactsheet = (d: { type: string; toc: { depth: number }[] }): boolean => d.type === 'policy' && d.toc.some((t) => t.depth > 1);

const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** Every generated document of every script, in file-name order. */
export function readCatalog(generated: string): CatalogFile[] {
  const out: CatalogFile[] = [];
  for (const locale of localeIds) {
    const dir = join(generated, locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8');
      const m = FRONT.exec(text);
      if (!m) throw new Error(`content/generated/${locale}/${name}: no frontmatter (run npm run content)`);
      const body = text.slice(m[0].length);
      out.push({ locale, file: `${locale}/${name}`, data: parse(m[1]!) as CatalogFile['data'], minutes: readingMinutes(body) });
    }
  }
  return out;
}

/** Each document once (the facts the cut needs are the same in every script). */
export function libraryDocs(catalog: CatalogFile[]): PartDoc[] {
  const seen = new Map<string, PartDoc>();
  for (const c of catalog) if (!seen.has(c.data.docId)) seen.set(c.data.docId, c.data);
  return [...seen.values()];
}

/** The shard `index` of `count`, cut from the catalogue's documents, whole booklet volumes of `volume` documents. */
export const shardOf = (catalog: CatalogFile[], index: number, count: number, volume: number): Shard => shards(libraryDocs(catalog), count, volume)[index - 1]!;
