import { getCollection } from 'astro:content';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { dataIndexPath, docDataPath, docUrl, feedPath, href } from '../site.ts';
import type { DocumentText } from './document.ts';
import type { DocFacts, Urls } from './publish.ts';

/** The site's side of the open data: every document's frontmatter per script, its generated text, absolute URLs. */

const texts = import.meta.glob<DocumentText>('../../../content/generated/data/*.json', { eager: true, import: 'default' });

export function generatedText(id: string): DocumentText {
  const t = texts[`../../../content/generated/data/${id}.json`];
  if (!t) throw new Error(`content/generated/data/${id}.json is missing: run npm run content`);
  return t;
}

export async function allFacts(): Promise<Record<Locale, DocFacts[]>> {
  const entries = await getCollection('docs');
  return Object.fromEntries(localeIds.map((l) => [l, entries.filter((e) => e.data.locale === l).map((e) => e.data)])) as unknown as Record<Locale, DocFacts[]>;
}

export const siteUrls = (site: URL | undefined): Urls & { feed: (l: Locale) => string; index: string } => ({
  page: (l, id) => docUrl(l, id, site),
  data: (id) => new URL(href(docDataPath(id)), site).href,
  feed: (l) => new URL(href(feedPath(l)), site).href,
  index: new URL(href(dataIndexPath), site).href,
});
