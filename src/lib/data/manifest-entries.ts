import { localeIds, locales } from '../i18n/locales.ts';
import { dataIndexPath, docDataPath, feedPath } from '../site.ts';
import { FEED_ITEMS } from './parts.ts';

/** The feeds and document data in dist/manifest.json's `data` list: paths under the base, like its page paths. */
export function openDataEntries(base: string, ids: string[]): { path: string; format: string; description: string }[] {
  return [
    {
      path: `${base}${dataIndexPath}`,
      format: 'application/json',
      description: 'the corpus index: its parts by year and, for a corpus of up to 5,000, every document with its titles, dates, validity, pages and JSON (data/index.schema.json)',
    },
    ...ids.map((id) => ({
      path: `${base}${docDataPath(id)}`,
      format: 'application/json',
      description: `${id}: metadata, status, relations and clause tree in both scripts (data/document.schema.json)`,
    })),
    { path: `${base}data/document.schema.json`, format: 'application/schema+json', description: 'JSON Schema of a document file' },
    { path: `${base}data/index.schema.json`, format: 'application/schema+json', description: 'JSON Schema of the corpus index' },
    ...localeIds.map((l) => ({
      path: `${base}${feedPath(l)}`,
      format: 'application/rss+xml',
      description: `RSS 2.0, ${locales[l].lang}: the newest ${FEED_ITEMS} documents`,
    })),
  ];
}
