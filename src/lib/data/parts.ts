import { chunk, groupBy, pack } from '../slices.ts';

/**
 * Open data that grows with the corpus, in files that stay under the 5 MB budget: the whole-corpus file while it is
 * small (targets.csv / targets.json, the documents in data/index.json), and always parts by the year of the
 * document's date, numbered when a year holds more than one part (data/targets/2026/1.csv, data/index/2026/1.json),
 * listed by an index. Measured at 1,000 synthetic documents: a figure is ~370 bytes of CSV and ~620 of JSON, a
 * document ~680 bytes of index JSON, so these limits keep every file under ~3.8 MB.
 */
export const TARGETS_WHOLE_MAX = 6_000;
export const TARGETS_PART_ROWS = 5_000;
export const INDEX_WHOLE_MAX = 5_000;
export const INDEX_PART_DOCS = 2_500;
/** dist/manifest.json: a document with its PDFs is ~1.8 KB there (5 PDFs, printed with an indent), so 2,000 a file. */
export const MANIFEST_WHOLE_MAX = 2_000;
export const MANIFEST_PART_DOCS = 2_000;

/** A feed announces what is new; it is not an archive (the home page, data/index.json and the sitemap list everything). */
export const FEED_ITEMS = 50;

export interface Part<T> {
  year: string;
  part: number;
  items: T[];
}

/** Items by the year of their document (years ascending), each year in parts of at most `size`; a document's items stay together when they fit. */
export function yearParts<T>(items: readonly T[], docOf: (item: T) => string, yearOf: (doc: string) => string, size: number): Part<T>[] {
  const byYear = [...groupBy(items, (i) => yearOf(docOf(i)))].sort(([a], [b]) => a.localeCompare(b));
  return byYear.flatMap(([year, list]) => {
    const docs = [...groupBy(list, docOf)].map(([key, rows]) => ({ key, rows }));
    return pack(docs, size).map((pieces, i) => ({ year, part: i + 1, items: pieces.flatMap((p) => p.rows) }));
  });
}

/** Documents by year, in parts of at most `size`. */
export function docParts<T>(docs: readonly T[], yearOf: (doc: T) => string, size: number): Part<T>[] {
  const byYear = [...groupBy(docs, yearOf)].sort(([a], [b]) => a.localeCompare(b));
  return byYear.flatMap(([year, list]) => chunk(list, size).map((items, i) => ({ year, part: i + 1, items })));
}

export const targetParts = {
  indexPath: 'data/targets/index.json',
  path: (p: { year: string; part: number }, ext: 'csv' | 'json') => `data/targets/${p.year}/${p.part}.${ext}`,
  /** whether targets.csv / targets.json hold the whole corpus in this build */
  whole: (rows: number) => rows <= TARGETS_WHOLE_MAX,
};

export const manifestParts = {
  path: (p: { year: string; part: number }) => `manifest/${p.year}/${p.part}.json`,
  whole: (docs: number) => docs <= MANIFEST_WHOLE_MAX,
};

export const indexParts = {
  path: (p: { year: string; part: number }) => `data/index/${p.year}/${p.part}.json`,
  whole: (docs: number) => docs <= INDEX_WHOLE_MAX,
};
