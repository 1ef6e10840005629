import { localeIds, type Locale } from '../i18n/locales.ts';
import type { DocMeta } from '../pipeline/types.ts';
import type { Both, DocumentText } from './document.ts';
import { relationsOf, type RelationFacts, type RelationKey } from './relations.ts';
import { statusWords } from './status-words.ts';

/**
 * The published JSON: one file per document (metadata, status, relations, the clause tree in both scripts) and a
 * corpus index. Shapes: public/data/document.schema.json and public/data/index.schema.json (README, “Open data”).
 */

/** What the site knows of a document in one script (its frontmatter): the document's facts, its script named as there. */
export interface DocFacts
  extends RelationFacts,
    Pick<DocMeta, 'title' | 'type' | 'date' | 'dateNote' | 'issuer' | 'docNumber' | 'published' | 'publisher' | 'source' | 'abstract' | 'status'> {
  sourceScript: DocMeta['script'];
}

export interface Urls {
  page: (locale: Locale, id: string) => string;
  data: (id: string) => string;
}

const TEXT_FIELDS = ['dateNote', 'issuer', 'docNumber', 'publisher', 'source', 'abstract'] as const;
const bothOf = (f: (l: Locale) => string): Both => Object.fromEntries(localeIds.map((l) => [l, f(l)])) as unknown as Both;
const perLocale = (f: (l: Locale) => string) => Object.fromEntries(localeIds.map((l) => [l, f(l)]));

/** One document's JSON. `facts` holds its frontmatter per script, `all` every document's (for relations and titles). */
export function documentJson(id: string, all: Record<Locale, DocFacts[]>, text: DocumentText, urls: Urls): Record<string, unknown> {
  const facts = new Map(localeIds.map((l) => [l, all[l].find((d) => d.docId === id)!]));
  const of = (l: Locale) => facts.get(l)!;
  const d = of('zh-hans');
  const out: Record<string, unknown> = { id, type: d.type, date: d.date, title: bothOf((l) => of(l).title), sourceScript: d.sourceScript };
  if (d.published) out.published = d.published;
  for (const k of TEXT_FIELDS) if (d[k]) out[k] = bothOf((l) => of(l)[k]!);
  out.pages = perLocale((l) => urls.page(l, id));
  out.data = urls.data(id);
  out.status = statusJson(id, all, of);
  out.relations = relationsOf(id, all['zh-hans']).map((r: { key: RelationKey; ids: string[] }) => ({ type: r.key, documents: r.ids }));
  out.summary = text.summary;
  out.content = text.content;
  out.clauses = text.clauses;
  return out;
}

function statusJson(id: string, all: Record<Locale, DocFacts[]>, of: (l: Locale) => DocFacts): Record<string, unknown> | null {
  const s = of('zh-hans').status;
  if (!s) return null;
  const { note, ...facts } = s;
  const words = (l: Locale) => {
    const w = statusWords(of(l).status, l, (x) => all[l].find((d) => d.docId === x)?.title ?? x)!;
    return [w.state, ...w.details, w.note].filter(Boolean).join('；');
  };
  return { ...facts, ...(note ? { note: bothOf((l) => of(l).status!.note!) } : {}), text: bothOf(words) };
}

/** The corpus index: every document with its title, dates, state and where its page and JSON are. */
export function indexJson(all: Record<Locale, DocFacts[]>, urls: Urls & { feed: (l: Locale) => string }): Record<string, unknown> {
  const docs = [...all['zh-hans']].sort((a, b) => a.docId.localeCompare(b.docId));
  return {
    generator: 'shandong-policy-kit',
    feeds: perLocale(urls.feed),
    documents: docs.map((d) => {
      const of = (l: Locale) => all[l].find((x) => x.docId === d.docId)!;
      return {
        id: d.docId,
        type: d.type,
        date: d.date,
        ...(d.published ? { published: d.published } : {}),
        title: bothOf((l) => of(l).title),
        ...(d.status?.validity ? { validity: d.status.validity } : {}),
        ...(d.mergedInto ? { mergedInto: d.mergedInto } : {}),
        pages: perLocale((l) => urls.page(l, d.docId)),
        data: urls.data(d.docId),
      };
    }),
  };
}
