import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readCatalog, shardOf } from './lib/catalog.ts';
import { options } from './lib/options.ts';
import { frontmatter } from './lib/schema/frontmatter.ts';

const generated = './content/generated';

/** The MDX files this build compiles: every document's, or with SHARD=k/n only part k's (src/lib/partition.ts). */
function shardFiles(): string | string[] {
  const { SHARD, BOOKLET_DOCS } = options();
  if (!SHARD) return '*/*.mdx';
  const catalog = readCatalog();
  const ids = shardOf(catalog, ...SHARD, BOOKLET_DOCS).docIds;
  const files = catalog.filter((c) => ids.has(c.data.docId)).map((c) => `${c.id}.mdx`);
  return files.length ? files : '-none-/*.mdx';
}

/** The documents this build renders (pages, print routes, open data), compiled from MDX. The rest of the library
 * (lists, relations, the whole-library pages) is read from the catalogue (src/lib/catalog.ts), not a collection: a
 * collection of 20,000 entries was validated and stored again by every part of a build. */
const docs = defineCollection({ loader: glob({ pattern: shardFiles(), base: generated }), schema: frontmatter });

export const collections = { docs };
