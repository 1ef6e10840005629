// The search index, built in processes of their own after Astro has exited (npm run build and npm run assemble run it):
// Astro's memory is given back before Pagefind takes its own. A library in several parts (SEARCH_PAGES) is indexed
// SEARCH_JOBS parts at once, each part by a child process of its own (Pagefind indexes one file at a time, so a part
// uses one core; memory is that of the parts running). Usage: node scripts/search-index.ts <dist folder> [--part k]
import { spawn } from 'node:child_process';
import { libraryDocs, readCatalog } from '../src/lib/catalog.ts';
import { inLanes } from '../src/lib/lanes.ts';
import { childEnv, options } from '../src/lib/options.ts';
import { indexSearchPart, indexedPages, searchParts, writePartsList, type SearchPart } from '../src/lib/search/build-index.ts';

const [dist, flag, k] = process.argv.slice(2);
if (!dist || (flag && (flag !== '--part' || !/^\d+$/.test(k ?? '')))) {
  console.error('usage: node scripts/search-index.ts <dist folder> [--part k]');
  process.exit(2);
}
const { SEARCH_PAGES, SEARCH_JOBS } = options();
const started = Date.now();
const parts = searchParts(dist, libraryDocs(readCatalog()), SEARCH_PAGES);
const label = (p: SearchPart) => `search index part ${p.index}/${parts.length}`;

if (flag) {
  const part = parts.find((p) => p.index === Number(k));
  if (!part) {
    console.error(`search index: no part ${k} (the library has ${parts.length})`);
    process.exit(2);
  }
  console.log(`${label(part)}: ${await indexSearchPart(dist, part)} pages in ${Date.now() - started} ms`);
} else if (parts.length === 1) {
  console.log(`search index: ${await indexSearchPart(dist, parts[0]!)} pages in ${Date.now() - started} ms`);
  writePartsList(dist, parts);
} else {
  await inLanes(parts, SEARCH_JOBS, (p) => child(p)).catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
  writePartsList(dist, parts);
  const pages = parts.reduce((n, p) => n + indexedPages(dist, p), 0);
  console.log(`search index: ${pages} pages in ${Date.now() - started} ms (${parts.length} parts, ${SEARCH_JOBS} at once)`);
}

/** Part p indexed by a child process on this Node; a failure names the part. */
function child(p: SearchPart): Promise<void> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [process.argv[1]!, dist!, '--part', String(p.index)], { stdio: 'inherit', env: childEnv() });
    c.on('error', reject);
    c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label(p)} failed (exit ${code})`))));
  });
}
