// The search index, built in a process of its own after Astro has exited (npm run build and npm run assemble run it):
// Astro's memory is given back before Pagefind takes its own. Usage: node scripts/search-index.ts <dist folder>
import { libraryDocs, readCatalog } from '../src/lib/catalog.ts';
import { options } from '../src/lib/options.ts';
import { buildSearchIndex } from '../src/lib/search/build-index.ts';

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node scripts/search-index.ts <dist folder>');
  process.exit(2);
}
const docs = libraryDocs(readCatalog());
await buildSearchIndex(dist, (m) => console.log(m), docs, options().SEARCH_PAGES);
