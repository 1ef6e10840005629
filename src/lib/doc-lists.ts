import { docsFor } from './docs.ts';
import { defaultLocale, type Locale } from './i18n/locales.ts';
import { t, type UiKey } from './i18n/ui.ts';
import { buildLists, pairIssuers, type FacetValue, type Listable, type Lists } from './lists.ts';

/** A document as the home page and the lists show it: only frontmatter (`e.data`), never the rendered text. */
export interface ListItem extends Listable {
  title: string;
  /** issuer, else publisher, as the document states it */
  by?: string;
  docNumber?: string;
  validity?: string;
  asOf?: string;
  /** reading time, from the catalogue */
  minutes: number;
}

/**
 * The documents of one script (variants merged into another document left out), each issuer keyed by the default
 * script's wording of it, so an issuer has the same slug, and its page the same path, in both scripts.
 */
export async function listItems(locale: Locale): Promise<ListItem[]> {
  const docs = (await docsFor(locale)).filter((e) => !e.data.mergedInto);
  const canon = locale === defaultLocale ? docs : await docsFor(defaultLocale);
  const keys = new Map(canon.map((e) => [e.data.docId, e.data.issuer ?? e.data.publisher]));
  return docs.map(({ data: d }) => ({
    id: d.docId,
    title: d.title,
    type: d.type,
    date: d.date,
    issuers: pairIssuers(d.issuer ?? d.publisher, keys.get(d.docId)),
    by: d.issuer ?? d.publisher,
    docNumber: d.docNumber,
    validity: d.status?.validity,
    asOf: d.status?.asOf,
    minutes: d.minutes,
  }));
}

/** Every list page of one script; types in docsFor's order (policy texts first). */
export async function listsFor(locale: Locale): Promise<Lists<ListItem>> {
  const items = await listItems(locale);
  // /<script>/documents/ is the list: a document of that id would be built at the same address
  if (items.some((d) => d.id === 'documents')) throw new Error('content/sources/documents: the id "documents" is the address of the list of documents; choose another id');
  return buildLists(items, { typeOrder: [...new Set(items.map((i) => i.type))] });
}

/** A facet value as a reader sees it: a type by its word in the script, a year or an issuer as written. */
export const facetLabel = (locale: Locale, v: FacetValue): string => (v.kind === 'type' ? t(locale, `type.${v.label}` as UiKey) : v.label);

