import { getCollection, type CollectionEntry } from 'astro:content';
import { readCatalog, type CatalogFile } from './catalog.ts';
import type { Locale } from './i18n/locales.ts';
import { options } from './options.ts';

export { readingMinutes } from './catalog.ts';

/** A document this build renders: frontmatter and compiled MDX (with SHARD=k/n, only part k's documents). */
export type DocEntry = CollectionEntry<'docs'>;
/** Any document of the library: frontmatter and reading time, no MDX (lists, relations, whole-library pages). */
export type CatalogEntry = CatalogFile;
/** What the two share: a document's facts. */
export type DocData = Omit<DocEntry['data'], 'toc'>;

const typeOrder = { policy: 0, interpretation: 1, transcript: 2, news: 3 } as const;

/** Reading order: policy texts first, then by date, newest first; variants last. */
const byReadingOrder = (a: { data: DocData }, b: { data: DocData }) =>
  Number(!!a.data.mergedInto) - Number(!!b.data.mergedInto) ||
  typeOrder[a.data.type] - typeOrder[b.data.type] ||
  b.data.date.localeCompare(a.data.date) ||
  a.data.docId.localeCompare(b.data.docId);

/**
 * `read`, once per key for a whole build (the catalogue read and sorted on every page made a part's build grow with
 * the library: 10,000 entries sorted per page); the dev server reads afresh, as its content changes.
 */
export function oncePerBuild<K, T>(read: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const kept = new Map<K, Promise<T>>();
  return (key) => {
    if (import.meta.env.DEV) return read(key);
    if (!kept.has(key)) kept.set(key, read(key));
    return kept.get(key)!;
  };
}

const catalogOf = oncePerBuild(async (locale: Locale) => readCatalog().filter((e) => e.data.locale === locale).sort(byReadingOrder));

/** Every document of one script in reading order, from the catalogue (no MDX compiled); a new array each call. */
export const docsFor = async (locale: Locale): Promise<CatalogEntry[]> => [...(await catalogOf(locale))];

/** Every document's title in one script, by id. */
export const titlesFor = oncePerBuild(async (locale: Locale) => new Map((await catalogOf(locale)).map((e) => [e.data.docId, e.data.title])));

/** Every document of one script by id, from the catalogue. */
export const docsById = oncePerBuild(async (locale: Locale) => new Map((await catalogOf(locale)).map((e) => [e.data.docId, e])));

/** The documents of one script this build renders, in reading order. */
export async function renderedDocs(locale: Locale): Promise<DocEntry[]> {
  return (await getCollection('docs', (e) => e.data.locale === locale)).sort(byReadingOrder);
}

/** Whether this build makes the pages about the whole library (home, lists, sitemap…): always, or part 1 of a shard. */
export const buildsLibraryPages = (): boolean => (options().SHARD?.[0] ?? 1) === 1;

/** getStaticPaths of a whole-library page: its paths made in the build that makes those pages; in the other parts,
 * none, and nothing computed (the summaries read the whole library's figures). */
export const libraryPaths = async <T>(make: () => T[] | Promise<T[]>): Promise<T[]> => (buildsLibraryPages() ? make() : []);

/** When a document became public: its publication date where known, else its own date. */
export const publicDate = (e: { data: DocData }): string => (e.data.published ?? e.data.date).slice(0, 10);
