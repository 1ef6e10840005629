import { localeIds } from '../i18n/locales.ts';
import { dataIndexPath, docDataPath, feedPath } from '../site.ts';

/** The open data's entries in dist/manifest.json: paths under the base, like the manifest's page paths. */
export function openDataEntries(base: string, ids: string[]) {
  return {
    data: {
      index: `${base}${dataIndexPath}`,
      documents: Object.fromEntries(ids.map((id) => [id, `${base}${docDataPath(id)}`])),
      schemas: [`${base}data/document.schema.json`, `${base}data/index.schema.json`],
      feeds: Object.fromEntries(localeIds.map((l) => [l, `${base}${feedPath(l)}`])),
    },
  };
}
