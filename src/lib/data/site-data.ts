import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalog } from '../catalog.ts';
import { oncePerBuild } from '../docs.ts';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { dataIndexPath, docDataPath, docUrl, feedPath, href } from '../site.ts';
import type { DocumentText } from './document.ts';
import type { DocFacts, Urls } from './publish.ts';

/** The site's side of the open data: every document's frontmatter per script, its generated text, absolute URLs. */

/** A document's generated text, read when its data file is written (not bundled: one module per document would grow the build with the library). */
export function generatedText(id: string): DocumentText {
  const file = join(process.cwd(), 'content/generated/data', `${id}.json`);
  if (!existsSync(file)) throw new Error(`content/generated/data/${id}.json is missing: run npm run content`);
  return JSON.parse(readFileSync(file, 'utf8')) as DocumentText;
}

const factsOnce = oncePerBuild(async (_: 'all') => {
  const entries = readCatalog();
  return Object.fromEntries(localeIds.map((l) => [l, entries.filter((e) => e.data.locale === l).map((e) => e.data)])) as unknown as Record<Locale, DocFacts[]>;
});
/** Every document's facts per script (the catalogue), one array per script for the whole build (relations index it). */
export const allFacts = (): Promise<Record<Locale, DocFacts[]>> => factsOnce('all');

export const siteUrls = (site: URL | undefined): Urls & { feed: (l: Locale) => string; index: string } => ({
  page: (l, id) => docUrl(l, id, site),
  data: (id) => new URL(href(docDataPath(id)), site).href,
  feed: (l) => new URL(href(feedPath(l)), site).href,
  index: new URL(href(dataIndexPath), site).href,
});
