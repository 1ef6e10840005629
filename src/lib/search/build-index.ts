// The only module that imports pagefind.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { inLanes } from '../lanes.ts';
import { newestFirst, shards, type PartDoc, type Shard } from '../partition.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** pagefind/parts.json: the index parts after the first (folders under pagefind/), merged by the browser's search. */
export const PARTS_FILE = 'parts.json';

/**
 * The first part's pages at most. The browser shows the first part's results while the others are searched
 * (src/scripts/search-engine.ts), so its size, not the library's, sets how soon the first results come: a query's
 * time grows with the places its words occur (城市 over 1,670 pages a script: 55 ms; over 10,000: 335 ms).
 */
export const FIRST_PART_PAGES = 1000;

/** The index parts of a library of `docs` (whole documents, both scripts): the newest policy texts up to
 * FIRST_PART_PAGES pages (each with the variants merged into it), the rest in parts of about equal size. */
export function indexParts(docs: PartDoc[], maxPages: number): Shard[] {
  const count = Math.max(1, Math.ceil((docs.length * 2) / maxPages));
  if (count === 1) return shards(docs, 1, 1);
  const variants = new Map<string, PartDoc[]>();
  for (const d of docs) if (d.mergedInto) (variants.get(d.mergedInto) ?? variants.set(d.mergedInto, []).get(d.mergedInto)!).push(d);
  const room = Math.min(FIRST_PART_PAGES, maxPages);
  const head = new Set<string>();
  for (const d of docs.filter((x) => !x.mergedInto).sort(newestFirst)) {
    const with_ = [d, ...(variants.get(d.docId) ?? [])];
    // two pages a document (one per script); the first document goes in whatever its size
    if (head.size && (head.size + with_.length) * 2 > room) break;
    for (const x of with_) head.add(x.docId);
  }
  const rest = docs.filter((d) => !head.has(d.docId));
  const others = shards(rest, Math.max(1, Math.ceil((rest.length * 2) / maxPages)), 1).map((p) => ({ ...p, index: p.index + 1 }));
  return [{ index: 1, volumes: [], docIds: head }, ...others];
}

const check = (what: { errors: string[] }) => {
  if (what.errors.length) throw new SearchIndexError(`pagefind: ${what.errors.join('; ')}`);
};

async function startIndex() {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html', verbose: false });
  if (!index) throw new SearchIndexError(`pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** One index part: its folder under pagefind/ ('' for the first) and the HTML files (relative to dist) it indexes. */
export interface SearchPart {
  index: number;
  folder: string;
  files: string[];
}

/**
 * The index parts of the site in `dist`: past `maxPages` document pages the documents are cut into parts (whole
 * documents, both scripts; src/lib/partition.ts), each indexed by a Pagefind of its own, so memory is that of the
 * parts being indexed, not the library's. The first part is pagefind/, the others pagefind/part-<k>/.
 */
export function searchParts(dist: string, docs: PartDoc[], maxPages: number): SearchPart[] {
  const parts = indexParts(docs, maxPages);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
  const partOf = new Map(parts.flatMap((p) => [...p.docIds].map((id) => [id, p.index] as const)));
  return parts.map((p) => ({
    index: p.index,
    folder: p.index === 1 ? '' : `part-${p.index}/`,
    // a searchable page that is no document's (none today) goes with the first part
    files: pages.filter((f) => (partOf.get(f.split('/')[1] ?? '') ?? 1) === p.index),
  }));
}

/** Files sent to Pagefind at once: it indexes one at a time, so this only keeps it from waiting for the next file. */
const IN_FLIGHT = 8;

/**
 * Index one part into dist/pagefind/<folder>: Pagefind started, fed its files in path order, written and closed (its
 * memory given back). Returns the pages indexed (the files that mark a data-pagefind-body). Fed in order rather than
 * as a folder (which Pagefind reads on every core), the pages of one document type and date sit together and the
 * index compresses to half: 1,000 documents, index chunks 6.1 → 3.0 MB.
 */
export async function indexSearchPart(dist: string, part: SearchPart): Promise<number> {
  const index = await startIndex();
  try {
    let added = 0;
    await inLanes(part.files, IN_FLIGHT, async (f) => {
      const content = readFileSync(join(dist, f), 'utf8');
      if (!content.includes('data-pagefind-body')) return;
      check(await index.addHTMLFile({ sourcePath: f, content }));
      added++;
    });
    check(await index.writeFiles({ outputPath: join(dist, 'pagefind', part.folder) }));
    return added;
  } finally {
    await pagefind.close();
  }
}

/** pagefind/parts.json: the folders of the parts after the first, in order (read by the browser's search). */
export function writePartsList(dist: string, parts: SearchPart[]): void {
  const folders = parts.filter((p) => p.folder).map((p) => p.folder);
  writeFileSync(join(dist, 'pagefind', PARTS_FILE), `${JSON.stringify(folders)}\n`);
}

/** The pages a written part holds, every language's, as its pagefind-entry.json counts them. */
export function indexedPages(dist: string, part: SearchPart): number {
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', part.folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
