/**
 * Browsing a corpus of any size (#17): pages of a fixed size, facets (type, year, issuer) with their counts, and
 * issuer slugs that are the same in both scripts. Pure: the pages hand in plain items, nothing here reads the catalog.
 * Pages are cut and addressed with the helpers of slices.ts, which the split aggregate pages use too.
 */
import { chunk as paginate, pagePath } from './slices.ts';

/** Documents on one list page: a page's HTML stays the same size whatever the corpus. */
export const PAGE_SIZE = 50;
/** Documents the home page shows, newest first; the rest are a link away. */
export const HOME_NEWEST = 20;
/** Facet values on one page of a facet's index (/documents/issuer/) */
export const INDEX_SIZE = 100;
/** Values of a facet shown in the navigation of a list page; the rest are on the facet's index page. */
export const NAV_LIMIT = { type: 12, year: 30, issuer: 12 } as const;

export type FacetKind = 'type' | 'year' | 'issuer';
export const facetKinds: readonly FacetKind[] = ['type', 'year', 'issuer'];

/** An issuer as one script shows it, keyed by its name in the default script (the same key in both scripts). */
export interface Issuer {
  key: string;
  label: string;
}

/** What the lists need of a document. */
export interface Listable {
  id: string;
  type: string;
  /** ISO date the document is known by; its first four digits are the year */
  date: string;
  issuers: Issuer[];
}

/** Joint issuers are written with 、 (中共山东省委、山东省人民政府): each is an issuer of its own. */
export function splitIssuers(s: string | undefined): string[] {
  return [...new Set((s ?? '').split('、').map((x) => x.trim()).filter(Boolean))];
}

/**
 * A document's issuers in one script, keyed by the default script's wording: the two strings are split alike
 * (conversion keeps 、); when they are not, the whole string is one issuer.
 */
export function pairIssuers(label: string | undefined, key: string | undefined): Issuer[] {
  const labels = splitIssuers(label);
  const keys = splitIssuers(key ?? label);
  if (labels.length !== keys.length) return label ? [{ key: key ?? label, label }] : [];
  return keys.map((k, i) => ({ key: k, label: labels[i]! }));
}

/** cyrb53: a 53-bit string hash, fast and well mixed; not for security, only for short stable names. */
function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/**
 * A short URL-safe name for a string: a letter then base-36 digits of its hash, `length` characters in all. Always
 * starting with a letter, it never reads as a page number (/documents/issuer/2/ is a page of the issuer index).
 */
export function hashSlug(s: string, length = 8, seed = 0): string {
  const h = hash53(s, seed);
  return LETTERS[h % 26]! + Math.floor(h / 26).toString(36).padStart(11, '0').slice(1 - length);
}

/**
 * Unique slugs for a set of keys. Each key keeps its own 8-character hash; only keys whose hashes collide get a
 * longer one (then a seeded one), decided in key order, so adding a document never moves another issuer's address.
 */
export function slugsFor(keys: Iterable<string>, length = 8): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  const byShort = new Map<string, string[]>();
  for (const k of sorted) byShort.set(hashSlug(k, length), [...(byShort.get(hashSlug(k, length)) ?? []), k]);
  const out = new Map<string, string>();
  const taken = new Set(byShort.keys());
  for (const [short, ks] of byShort) {
    if (ks.length === 1) {
      out.set(ks[0]!, short);
      continue;
    }
    for (const k of ks) {
      let slug = hashSlug(k, 12);
      for (let seed = 1; taken.has(slug); seed++) slug = hashSlug(k, 12, seed);
      taken.add(slug);
      out.set(k, slug);
    }
  }
  return out;
}

/** Newest first by date, then by id, so every build orders the same documents the same way. */
export const byNewest = <T extends Listable>(a: T, b: T): number => b.date.localeCompare(a.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface FacetValue {
  kind: FacetKind;
  /** the URL segment: the type, the year, the issuer's slug */
  value: string;
  /** the year or issuer as shown; for a type, the type (the page looks up its word) */
  label: string;
  count: number;
  /** first page, e.g. `documents/year/2025/` */
  path: string;
}

export interface ListPage<T> {
  path: string;
  /** the first page of this list, e.g. `documents/` or `documents/type/policy/` */
  base: string;
  facet?: FacetValue;
  page: number;
  pages: number;
  total: number;
  items: T[];
}

export interface FacetIndexPage {
  path: string;
  base: string;
  kind: FacetKind;
  page: number;
  pages: number;
  values: FacetValue[];
}

export interface Lists<T> {
  /** the full list, then each facet value's list, each cut into pages */
  pages: ListPage<T>[];
  /** every value of each facet with its count, in navigation order */
  facets: Record<FacetKind, FacetValue[]>;
  /** one list of each facet's values, paginated like the documents */
  indexes: FacetIndexPage[];
}

export interface ListOptions {
  /** documents per page (PAGE_SIZE) */
  size?: number;
  /** facet values per index page (INDEX_SIZE) */
  indexSize?: number;
  /** types in the order the navigation shows them; others follow in order of appearance */
  typeOrder?: readonly string[];
  /** the first path segment of every list page */
  root?: string;
}

/**
 * Every list page of one script. Both scripts get the same paths: facets are keyed by type, year and the issuer's
 * default-script name, so the language switch lands on the same page.
 */
export function buildLists<T extends Listable>(items: readonly T[], opts: ListOptions = {}): Lists<T> {
  const { size = PAGE_SIZE, indexSize = INDEX_SIZE, typeOrder = [], root = 'documents/' } = opts;
  const sorted = [...items].sort(byNewest);
  const slugs = slugsFor(sorted.flatMap((d) => d.issuers.map((i) => i.key)));
  const groups: Record<FacetKind, Map<string, { label: string; items: T[] }>> = { type: new Map(), year: new Map(), issuer: new Map() };
  const add = (kind: FacetKind, value: string, label: string, d: T) => {
    const g = groups[kind].get(value) ?? { label, items: [] };
    g.items.push(d);
    groups[kind].set(value, g);
  };
  for (const d of sorted) {
    add('type', d.type, d.type, d);
    add('year', d.date.slice(0, 4), d.date.slice(0, 4), d);
    for (const i of d.issuers) add('issuer', slugs.get(i.key)!, i.label, d);
  }
  const rank = (type: string) => (typeOrder.includes(type) ? typeOrder.indexOf(type) : typeOrder.length);
  const order: Record<FacetKind, (a: [string, { items: T[] }], b: [string, { items: T[] }]) => number> = {
    type: (a, b) => rank(a[0]) - rank(b[0]) || b[1].items.length - a[1].items.length || (a[0] < b[0] ? -1 : 1),
    year: (a, b) => (a[0] < b[0] ? 1 : -1),
    issuer: (a, b) => b[1].items.length - a[1].items.length || (a[0] < b[0] ? -1 : 1),
  };
  const facets = {} as Record<FacetKind, FacetValue[]>;
  const pages: ListPage<T>[] = [];
  const list = (base: string, all: T[], facet?: FacetValue) => {
    const cut = paginate(all, size);
    cut.forEach((chunk, i) => pages.push({ path: pagePath(base, i + 1), base, facet, page: i + 1, pages: cut.length, total: all.length, items: chunk }));
  };
  list(root, sorted);
  const indexes: FacetIndexPage[] = [];
  for (const kind of facetKinds) {
    const entries = [...groups[kind]].sort(order[kind]);
    facets[kind] = entries.map(([value, g]) => ({ kind, value, label: g.label, count: g.items.length, path: `${root}${kind}/${value}/` }));
    entries.forEach(([, g], i) => list(facets[kind][i]!.path, g.items, facets[kind][i]));
    const base = `${root}${kind}/`;
    const cut = paginate(facets[kind], indexSize);
    cut.forEach((values, i) => indexes.push({ path: pagePath(base, i + 1), base, kind, page: i + 1, pages: cut.length, values }));
  }
  const seen = new Set<string>();
  for (const p of [...pages, ...indexes]) {
    if (seen.has(p.path)) throw new Error(`two list pages at ${p.path}`);
    seen.add(p.path);
  }
  return { pages, facets, indexes };
}

/** Every path the lists make, for the sitemap: the same in both scripts. */
export const listPaths = (lists: Lists<unknown>): string[] => [...lists.pages, ...lists.indexes].map((p) => p.path);
