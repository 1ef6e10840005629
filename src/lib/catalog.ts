// The catalogue: every generated document's facts (its frontmatter without the contents list), written by the
// pipeline as content/generated/catalog.json from the MDX it emits and validated there. Lists, relations, the shard
// cut and the manifest read it; only a shard's own documents are compiled and rendered.
import { generatedJson } from './data/generated.ts';
import { localeIds, type Locale } from './i18n/locales.ts';
import { shards, type PartDoc, type Shard } from './partition.ts';
import { catalogData, type CatalogData } from './schema/frontmatter.ts';
import { ContentError } from './schema/friendly.ts';

export interface CatalogFile {
  /** <locale>/<docId>, the MDX file's content/generated-relative path without .mdx */
  id: string;
  data: CatalogData & { locale: Locale };
}

/** Rough reading time: 400 Chinese characters a minute. */
export function readingMinutes(body: string | undefined): number {
  const han = (body ?? '').match(/\p{sc=Han}/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / 400));
}

/** A fact sheet is made for a policy text that is divided into parts (一、…) with articles or items. */
export const makesFactsheet = (d: { type: string; toc: { depth: number }[] }): boolean => d.type === 'policy' && d.toc.some((t) => t.depth > 1);

const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** The frontmatter as src/lib/pipeline/emit-mdx.ts writes it: one `key: <JSON value>` a line (JSON is a subset of
 * YAML, so Astro's reading agrees), read line by line as JSON: a YAML parser took 10 s for 20,000 files. */
function frontmatterOf(file: string, yaml: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [i, line] of yaml.split('\n').entries()) {
    const at = line.indexOf(': ');
    try {
      if (at < 1) throw new Error('expected key: value');
      data[line.slice(0, at)] = JSON.parse(line.slice(at + 2));
    } catch (e) {
      throw new ContentError(`content/generated/${file}`, i + 2, undefined, `frontmatter line is not \`key: <JSON>\` as the pipeline writes it (${(e as Error).message}); run npm run content`);
    }
  }
  return data;
}

/** One generated MDX file's catalogue entry (`file` content/generated-relative), checked against the schema. */
export function catalogEntry(file: string, mdx: string): CatalogFile {
  const m = FRONT.exec(mdx);
  if (!m) throw new ContentError(`content/generated/${file}`, 1, undefined, 'no frontmatter');
  const { toc, ...rest } = frontmatterOf(file, m[1]!) as { type: string; toc?: { depth: number }[] };
  const checked = catalogData.safeParse({ ...rest, minutes: readingMinutes(mdx.slice(m[0].length)), factsheet: makesFactsheet({ type: rest.type, toc: toc ?? [] }) });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    // the key's own line (the frontmatter holds one key a line, after the opening ---)
    const at = m[1]!.split('\n').findIndex((l) => l.startsWith(`${String(issue.path[0])}: `));
    throw new ContentError(`content/generated/${file}`, at >= 0 ? at + 2 : undefined, issue.path.join('.'), `frontmatter does not match src/lib/schema/frontmatter.ts: ${issue.message}`);
  }
  return { id: file.replace(/\.mdx$/, ''), data: checked.data as CatalogFile['data'] };
}

/** Whether a content/generated-relative name is a document's MDX file (<locale>/<docId>.mdx). */
export const isDocumentFile = (f: string): boolean => /^[^/]+\/[^/]+\.mdx$/.test(f);

/** Catalogue entries by file name, per script, in file-name order. */
export function catalogInOrder(entries: Map<string, CatalogFile>): CatalogFile[] {
  const names = [...entries.keys()];
  return localeIds.flatMap((l) => names.filter((f) => f.startsWith(`${l}/`)).sort().map((f) => entries.get(f)!));
}

/** Every generated document of every script, in file-name order per script (content/generated/catalog.json of the
 * project at `root`, the working directory by default). */
export const readCatalog = (root?: string): CatalogFile[] => generatedJson('catalog', root);

/** Each document once (the facts the cut needs are the same in every script). */
export function libraryDocs(catalog: CatalogFile[]): PartDoc[] {
  const seen = new Map<string, PartDoc>();
  for (const c of catalog) if (!seen.has(c.data.docId)) seen.set(c.data.docId, c.data);
  return [...seen.values()];
}

/** The shard `index` of `count`, cut from the catalogue's documents, whole booklet volumes of `volume` documents. */
export const shardOf = (catalog: CatalogFile[], index: number, count: number, volume: number): Shard => shards(libraryDocs(catalog), count, volume)[index - 1]!;
