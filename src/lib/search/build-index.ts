// The only module that imports pagefind.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { shards, type PartDoc } from '../partition.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** pagefind/parts.json: the index parts after the first (folders under pagefind/), merged by the browser's search. */
export const PARTS_FILE = 'parts.json';

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
  const count = Math.max(1, Math.ceil((docs.length * 2) / maxPages));
  const folders: string[] = [];
  let indexed = 0;
  if (count === 1) {
    indexed = await indexPart(join(dist, 'pagefind'), async (index) => {
      const added = await index.addDirectory({ path: dist });
      check(added);
      return added.page_count;
    });
  } else {
    // volumes of one document: parts of about equal size, whichever booklets the documents are in
    const parts = shards(docs, count, 1);
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
