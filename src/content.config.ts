import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { makesFactsheet, readCatalog, shardOf, type CatalogFile } from './lib/catalog.ts';
import { options } from './lib/options.ts';

const generated = './content/generated';

const tocEntry = z.strictObject({
  id: z.string(),
  label: z.string(),
  depth: z.number(),
  turn: z.enum(['question', 'answer', 'host', 'statement', 'missing-question']).optional(),
  excerpt: z.string().optional(),
});

/** A document's status as the pipeline computed it (src/lib/pipeline/status.ts, DocStatus). */
const statusSchema = z.strictObject({
  validity: z.enum(['in-force', 'amended', 'repealed', 'not-yet-in-force', 'expired']).optional(),
  basis: z.enum(['editor', 'period', 'repealed-by', 'effective']).optional(),
  asOf: z.string().optional(),
  effective: z.string().optional(),
  repealed: z.string().optional(),
  period: z.strictObject({ from: z.number(), to: z.number() }).optional(),
  repealedBy: z.array(z.string()).optional(),
  note: z.string().optional(),
});

/** Frontmatter written by the emitter (src/lib/pipeline/emit-mdx.ts); strict so drift between the two fails the build. */
const frontmatter = z.strictObject({
    title: z.string(),
    docId: z.string(),
    locale: z.enum(['zh-hans', 'zh-hant']),
    lang: z.enum(['zh-Hans', 'zh-Hant']),
    type: z.enum(['policy', 'transcript', 'news', 'interpretation']),
    sourceScript: z.enum(['hans', 'hant']),
    date: z.string(),
    dateNote: z.string().optional(),
    issuer: z.string().optional(),
    docNumber: z.string().optional(),
    published: z.string().optional(),
    publisher: z.string().optional(),
    source: z.string().optional(),
    credit: z.string().optional(),
    sourceTitle: z.string().optional(),
    abstract: z.string().optional(),
    variantOf: z.string().optional(),
    mergedInto: z.string().optional(),
    interprets: z.array(z.string()).optional(),
    related: z.array(z.string()).optional(),
    implements: z.array(z.string()).optional(),
    replaces: z.array(z.string()).optional(),
    repeals: z.array(z.string()).optional(),
    status: statusSchema.optional(),
    /** the source file as received, published at sources/<docId>/<name> */
    original: z.strictObject({ name: z.string(), bytes: z.number() }).optional(),
    toc: z.array(tocEntry),
});

let read: CatalogFile[] | undefined;
/** The catalogue, read once for both the shard cut and the first load (15 s at 10,000 documents); afresh when asked. */
const catalogue = (fresh = false): CatalogFile[] => (read = fresh || !read ? readCatalog(generated) : read);

/** The MDX files this build compiles: every document's, or with SHARD=k/n only part k's (src/lib/partition.ts). */
function shardFiles(): string | string[] {
  const { SHARD, BOOKLET_DOCS } = options();
  if (!SHARD) return '*/*.mdx';
  const catalog = catalogue();
  const ids = shardOf(catalog, ...SHARD, BOOKLET_DOCS).docIds;
  const files = catalog.filter((c) => ids.has(c.data.docId)).map((c) => c.file);
  return files.length ? files : '-none-/*.mdx';
}

/** The documents this build renders (pages, print routes, open data), compiled from MDX. */
const docs = defineCollection({ loader: glob({ pattern: shardFiles(), base: generated }), schema: frontmatter });

/** Every document's frontmatter and reading length, without its MDX: lists, relations, the whole-library pages. */
const catalogLoader: Loader = {
  name: 'catalog',
  load: async ({ store, parseData, watcher }) => {
    const sync = async (fresh: boolean) => {
      store.clear();
      for (const c of catalogue(fresh)) {
        const id = c.file.replace(/\.mdx$/, '');
        store.set({ id, data: await parseData({ id, data: { ...withoutToc(c.data), minutes: c.minutes, factsheet: makesFactsheet(c.data as unknown as { type: string; toc: { depth: number }[] }) } }) });
      }
    };
    await sync(false);
    watcher?.on('all', (_event, path) => void (path.includes('content/generated') && path.endsWith('.mdx') && sync(true)));
  },
};
// the contents (the largest field) stay with the rendered documents: a catalogue of 10,000 would carry them all
const withoutToc = ({ toc: _toc, ...rest }: Record<string, unknown>) => rest;
const catalog = defineCollection({ loader: catalogLoader, schema: frontmatter.omit({ toc: true }).extend({ minutes: z.number(), factsheet: z.boolean() }) });

export const collections = { docs, catalog };
