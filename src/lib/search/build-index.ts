// The only module that imports pagefind.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
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

/**
 * Index every page that marks a data-pagefind-body (document pages), one index per html lang. Pagefind holds about
 * 1.3 MB per page until it writes, so past `maxPages` pages the documents are cut into parts (whole documents, both
 * scripts; src/lib/partition.ts) indexed one after another, each by a Pagefind of its own: memory stays that of one
 * part. The first part is pagefind/, the others pagefind/part-<k>/, listed in pagefind/parts.json.
 */
export async function buildSearchIndex(dist: string, log: (m: string) => void, docs: PartDoc[] = [], maxPages = Infinity): Promise<void> {
  const started = Date.now();
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  const parts = indexParts(docs, maxPages);
  const count = parts.length;
  const folders: string[] = [];
  let indexed = 0;
  if (count === 1) {
    indexed = await indexPart(join(dist, 'pagefind'), async (index) => {
      const added = await index.addDirectory({ path: dist });
      check(added);
      return added.page_count;
    });
  } else {
    const partOf = new Map(parts.flatMap((p) => [...p.docIds].map((id) => [id, p.index] as const)));
    for (const p of parts) {
      const folder = p.index === 1 ? '' : `part-${p.index}/`;
      // a searchable page that is no document's (none today) goes with the first part
      const mine = pages.filter((f) => (partOf.get(f.split('/')[1] ?? '') ?? 1) === p.index);
      if (!mine.length) continue;
      const n = await indexPart(join(dist, 'pagefind', folder), async (index) => {
        let added = 0;
        for (const f of mine) {
          const content = readFileSync(join(dist, f), 'utf8');
          if (!content.includes('data-pagefind-body')) continue;
          const r = await index.addHTMLFile({ sourcePath: f, content });
          check(r);
          added++;
        }
        return added;
      });
      if (folder) folders.push(folder);
      log(`search index part ${p.index}/${count}: ${n} pages`);
      indexed += n;
    }
  }
  writeFileSync(join(dist, 'pagefind', PARTS_FILE), `${JSON.stringify(folders)}\n`);
  log(`search index: ${indexed} pages in ${Date.now() - started} ms${count > 1 ? ` (${count} parts)` : ''}`);
}

/** One Pagefind, started, fed, written and closed: its memory is given back before the next part starts. */
async function indexPart(out: string, feed: (index: NonNullable<Awaited<ReturnType<typeof startIndex>>>) => Promise<number>): Promise<number> {
  const index = await startIndex();
  try {
    const n = await feed(index);
    check(await index.writeFiles({ outputPath: out }));
    return n;
  } finally {
    await pagefind.close();
  }
}
