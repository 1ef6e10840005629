// The only module that imports pagefind.
import * as pagefind from 'pagefind';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Index every page that marks a data-pagefind-body (document pages), one index per html lang. */
export async function buildSearchIndex(dist: string, log: (m: string) => void): Promise<void> {
  const started = Date.now();
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'html', verbose: false });
  try {
    if (!index) throw new SearchIndexError(`pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new SearchIndexError(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
    if (written.errors.length) throw new SearchIndexError(`pagefind: ${written.errors.join('; ')}`);
    log(`search index: ${added.page_count} pages in ${Date.now() - started} ms`);
  } finally {
    await pagefind.close();
  }
}
