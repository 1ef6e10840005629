import { docsFor } from '../docs.ts';
import { localeIds, type Locale } from '../i18n/locales.ts';
import { href } from '../site.ts';
import { type Part, INDEX_PART_DOCS, docParts, indexParts } from './parts.ts';
import { type DocFacts, indexJson } from './publish.ts';
import { siteUrls } from './site-data.ts';

/** Every document's facts per script (the frontmatter docsFor gives), in parts by the year of the document's date. */
export async function indexFiles(): Promise<{ all: Record<Locale, DocFacts[]>; parts: Part<string>[] }> {
  const all = Object.fromEntries(await Promise.all(localeIds.map(async (l) => [l, (await docsFor(l)).map((e) => e.data)]))) as unknown as Record<
    Locale,
    DocFacts[]
  >;
  const ids = all['zh-hans'].map((d) => d.docId).sort();
  const years = new Map(all['zh-hans'].map((d) => [d.docId, d.date.slice(0, 4)]));
  return { all, parts: docParts(ids, (id) => years.get(id)!, INDEX_PART_DOCS) };
}

const only = (all: Record<Locale, DocFacts[]>, ids: readonly string[]): Record<Locale, DocFacts[]> => {
  const keep = new Set(ids);
  return Object.fromEntries(localeIds.map((l) => [l, all[l].filter((d) => keep.has(d.docId))])) as Record<Locale, DocFacts[]>;
};

const json = (body: Record<string, unknown>, site: URL | undefined) => {
  const urls = siteUrls(site);
  return new Response(`${JSON.stringify({ $schema: new URL('index.schema.json', urls.index).href, ...body }, null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};

/** data/index.json: the parts, and every document while there are at most INDEX_WHOLE_MAX. */
export function indexResponse(all: Record<Locale, DocFacts[]>, parts: readonly Part<string>[], site: URL | undefined): Response {
  const urls = siteUrls(site);
  const { generator, feeds, documents } = indexJson(indexParts.whole(all['zh-hans'].length) ? all : only(all, []), urls);
  return json(
    {
      generator,
      feeds,
      parts: parts.map((p) => ({ year: p.year, part: p.part, documents: p.items.length, url: new URL(href(indexParts.path(p)), site).href })),
      ...(indexParts.whole(all['zh-hans'].length) ? { documents } : {}),
    },
    site,
  );
}

/** data/index/<year>/<n>.json: the documents of one part, as data/index.json lists them. */
export function partResponse(all: Record<Locale, DocFacts[]>, part: Part<string>, site: URL | undefined): Response {
  const { generator, feeds, documents } = indexJson(only(all, part.items), siteUrls(site));
  return json({ generator, feeds, year: part.year, part: part.part, documents }, site);
}
