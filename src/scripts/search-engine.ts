import type { SearchMap } from '../lib/pipeline/search-map.ts';
import { countExact, docNumberMatches, normalise, toScript, variantsOf } from '../lib/search/query.ts';

/** Browser side of search: Pagefind for candidates, then exact-first classification against the page text. */

interface PagefindSub {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSub[];
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: Candidate[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule extends Pagefind {
  createInstance: (o: { basePath: string }) => Pagefind & { mergeIndex: (path: string, o?: object) => Promise<void> };
}

export interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: string;
  occurrences: number;
  docNumber: boolean;
  subs: { url: string; title: string; excerpt: string }[];
}
export interface SearchOutcome {
  query: string;
  spellings: string[];
  exact: Hit[];
  partial: Hit[];
}

const MAX_CANDIDATES = 30;
/** fragments read for the early first results before the full query runs */
const EARLY_FRAGMENTS = 4;

/** The longest word of a query as the browser segments it (Pagefind segments queries the same way). */
export function longestWord(q: string): string | undefined {
  const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(q)].filter((w) => w.isWordLike).map((w) => w.segment);
  return words.length > 1 ? words.reduce((a, b) => (b.length > a.length ? b : a)) : undefined;
}
interface Engine {
  /** the index, or a large library's first part (the newest policy texts; src/lib/search/build-index.ts) */
  pf: Pagefind;
  map: SearchMap;
  /** whether the index has other parts */
  parted: boolean;
  /** the other parts in groups, each merged in a Pagefind of its own in a web worker of its own (started when first
   * asked for) */
  rest: () => Promise<Pagefind[]>;
}
/** Web workers searching the other parts: one per core but the page's (which searches the first part), at most four.
 * At 10,000 documents on 2 cores a second worker made the complete list about 25 % sooner and the first results
 * about 30 ms later (three threads on two cores; runs differ by up to 30 %). */
const workerCount = () => Math.min(4, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));

/** The parts cut into at most `count` runs of neighbours, as even as they go: results of equal score then rank in
 * the parts' order, as in one merged index. */
export function workerGroups<T>(parts: readonly T[], count: number): T[][] {
  const n = Math.min(count, parts.length);
  return Array.from({ length: n }, (_, k) => parts.slice(Math.round((k * parts.length) / n), Math.round(((k + 1) * parts.length) / n)));
}

/** One Pagefind holding `group` (the first its own index, the others merged), in the web worker of `module`:
 * pagefind.js keeps one worker per module, so each group's module is pagefind.js imported under an address of its own. */
async function mergedIn(module: Promise<PagefindModule>, group: string[], base: string): Promise<Pagefind> {
  const [head, ...tail] = group;
  const other = (await module).createInstance({ basePath: `${base}pagefind/${head}` });
  await other.options({ baseUrl: base, excerptLength: 40 });
  for (const part of tail) await other.mergeIndex(`${base}pagefind/${part}`, { baseUrl: base });
  return other;
}
let engine: Promise<Engine> | undefined;
/** whether a query has run on this page (its index chunks are loading or loaded) */
let warm = false;

type Candidate = { id: string; score: number; data: () => Promise<PagefindData> };

export function load(base: string): Promise<Engine> {
  engine ??= (async () => {
    const [pf, map, parts] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindModule>,
      fetch(`${base}search-map.json`).then((r) => r.json() as Promise<SearchMap>),
      fetch(`${base}pagefind/parts.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])),
    ]);
    // noWorker: the worker script costs 12 KB more to transfer than running the WASM on the page.
    const settings = { baseUrl: base, excerptLength: 40, noWorker: true };
    await pf.options(settings);
    // The other parts are not merged into the first (mergeIndex) but into Pagefinds of their own that run in web
    // workers: a query costs time in proportion to the places its words occur (0.3 s for 城市 over 10,000
    // documents), so the first part's results are shown while the workers search the others, at the same time.
    let started: Promise<Pagefind[]> | undefined;
    const rest = () =>
      (started ??= (async () => {
        // Pagefind does not reject when a part's entry fails to load (it throws where nothing catches it, and the
        // search never answers): each part is asked for first, so a missing part or a lost connection is an error
        await Promise.all(
          parts.map(async (part) => {
            const r = await fetch(`${base}pagefind/${part}pagefind-entry.json`, { method: 'HEAD' });
            if (!r.ok) throw new Error(`search index part ${part}: HTTP ${r.status}`);
          }),
        );
        return Promise.all(workerGroups(parts, workerCount()).map((group, k) => mergedIn(k ? import(/* @vite-ignore */ `${base}pagefind/pagefind.js?worker=${k}`) : Promise.resolve(pf), group, base)));
      })().catch((e: unknown) => {
        // a part that did not load (offline, a host's error): the next query tries again
        started = undefined;
        throw e;
      }));
    return { pf, map, parted: parts.length > 0, rest };
  })();
  return engine;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);

/** Mark every exact occurrence in a plain text, escaped; a window of text around the first one. */
export function markExact(text: string, spellings: string[], width = 40): string | undefined {
  const found = spellings
    .map((s) => ({ s, i: text.indexOf(s) }))
    .filter((x) => x.s && x.i >= 0)
    .sort((a, b) => a.i - b.i)[0];
  if (!found) return undefined;
  const start = Math.max(0, found.i - width);
  const end = Math.min(text.length, found.i + found.s.length + width);
  let slice = text.slice(start, end);
  const parts: string[] = [];
  const re = new RegExp(
    spellings
      .filter(Boolean)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  let last = 0;
  for (const m of slice.matchAll(re)) {
    parts.push(escapeHtml(slice.slice(last, m.index)), `<mark>${escapeHtml(m[0])}</mark>`);
    last = m.index! + m[0].length;
  }
  parts.push(escapeHtml(slice.slice(last)));
  slice = parts.join('');
  return `${start > 0 ? '…' : ''}${slice}${end < text.length ? '…' : ''}`;
}

const stripMarks = (html: string) => html.replace(/<\/?mark>/g, '');

/** The query's words, as the browser segments them, in every spelling (single characters only if nothing longer). */
export function queryWords(spellings: string[]): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = new Set(spellings.flatMap((s) => [...segmenter.segment(s)].filter((w) => w.isWordLike).map((w) => w.segment)));
  const long = [...words].filter((w) => [...w].length > 1);
  return long.length ? long : [...words];
}

/** Pagefind puts ". " between blocks; after Chinese text it is shown as an ideographic space. */
const blocks = (text: string) => text.replace(/(?<=[\p{sc=Han}\u3000-\u303f\uff01-\uff60“”‘’])\. /gu, '\u3000');

/** A Pagefind excerpt as plain text: its marks dropped (in Chinese they can sit a character off: 全<mark>省城</mark>市 for
 * 城市), entities decoded, blocks separated as above. The five references are the ones an HTML escaper writes for
 * text; kept by hand rather than the `entities` package (this file ships, under a 5 KB budget) or the DOM (a
 * <textarea> would do it, but this module is unit-tested in Node, which has none). */
export const excerptText = (excerpt: string): string =>
  blocks(
    stripMarks(excerpt)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

/** Marked by us: the exact query if it is there (a window of `width` around it), else the query's words, else nothing. */
export const excerptOf = (text: string, spellings: string[], words: string[], width = Infinity): string =>
  markExact(text, spellings, width) ?? markExact(text, words, Infinity) ?? escapeHtml(text);

const withHighlight = (url: string, q: string) => {
  const [path, hash] = url.split('#');
  return `${path}${path!.includes('?') ? '&' : '?'}hl=${encodeURIComponent(q)}${hash ? `#${hash}` : ''}`;
};

export async function search(
  q: string,
  opts: { base: string; script: 'hans' | 'hant'; locale: string; filters?: Record<string, string[]>; current?: () => boolean },
  onProgress?: (partial: SearchOutcome) => void,
): Promise<SearchOutcome> {
  const { pf, map, parted, rest } = await load(opts.base);
  // the workers load the other parts while the first part answers
  const worker = parted ? rest() : undefined;
  worker?.catch(() => undefined);
  /** a newer query replaced this one: its remaining work is not started */
  const stale = () => opts.current?.() === false;
  const query = toScript(q.trim(), opts.script, map);
  const spellings = variantsOf(query, map.equivalents[opts.locale] ?? []);
  const numberDocs = docNumberMatches(query, map.docNumbers);
  const searches = [...spellings];
  const numberHit = numberDocs.length ? map.docNumbers.find((d) => d.docId === numberDocs[0]) : undefined;
  if (numberHit) searches.push(opts.script === 'hant' ? numberHit.hant : numberHit.hans);
  const search = async (term: string) => (await pf.search(term, opts.filters ? { filters: opts.filters } : {})).results.slice(0, MAX_CANDIDATES);
  const norm = spellings.map(normalise);
  const words = queryWords(spellings);
  const toHit = (d: PagefindData): Hit => {
    const occurrences = countExact(d.content, spellings);
    const docNumber = numberDocs.some((id) => d.url.includes(`/${id}/`));
    const subs = d.sub_results
      .map((s) => ({ s, exact: norm.some((n) => normalise(stripMarks(s.excerpt)).includes(n)) }))
      .filter((x) => x.s.url.includes('#'))
      .sort((a, b) => Number(b.exact) - Number(a.exact))
      .slice(0, 3)
      .map(({ s }) => ({
        url: withHighlight(s.url, query),
        title: s.title,
        excerpt: excerptOf(excerptText(s.excerpt), spellings, words, 30),
      }));
    return {
      url: withHighlight(d.url, query),
      title: d.meta.title ?? d.url,
      type: d.meta.type ?? '',
      // the page's text around the exact query, else Pagefind's excerpt (its choice of passage) with the words marked
      excerpt: markExact(blocks(d.content), spellings) ?? excerptOf(excerptText(d.excerpt), spellings, words),
      occurrences,
      docNumber,
      subs,
    };
  };
  const isExact = (h: Hit) => h.occurrences > 0 || h.docNumber;
  const outcome = (hits: Hit[]): SearchOutcome => {
    const exact = hits.filter(isExact).sort((a, b) => Number(b.docNumber) - Number(a.docNumber) || b.occurrences - a.occurrences);
    return { query, spellings, exact, partial: hits.filter((h) => !exact.includes(h)) };
  };
  // a page's fragment carries this query's excerpts: read once per search, not kept for the next
  const fragments = new Map<string, Promise<PagefindData>>();
  const hits = new Map<string, Hit>();
  const fetchHit = async (c: Candidate) => {
    if (!fragments.has(c.id)) fragments.set(c.id, c.data());
    const hit = toHit(await fragments.get(c.id)!);
    hits.set(c.id, hit);
    return hit;
  };
  // First results early, on the first query only (the index is cold): a query of several words needs one index chunk
  // per word (about 35 KB each), so the longest word alone is looked up first and a few of its pages are read, one
  // fragment at a time, and shown as they come (those with the whole query as exact hits, the others as partial ones).
  // The full query then runs as before; its results complete the list, so nothing is found less. An index in parts
  // answers this first look from its first part alone (the newest policy texts; a bounded download whatever the
  // library's size). Later queries skip it: it would be a second search over the same index.
  const first = longestWord(query) ?? (parted ? query : undefined);
  if (onProgress && first && (first !== query || parted) && !numberHit && !warm) {
    let read = 0;
    for (const c of await search(first)) {
      if (read++ >= EARLY_FRAGMENTS || stale()) break;
      const hit = await fetchHit(c);
      onProgress(outcome([...hits.values()]));
      // let the browser paint them before more work starts
      await new Promise((r) => setTimeout(r));
      if (isExact(hit)) break;
    }
  }
  warm = true;
  const early = [...hits.keys()];
  // Each spelling's results, part by part, merged by score as Pagefind merges an index's parts (mergeIndex): the
  // top MAX_CANDIDATES of every part hold the top MAX_CANDIDATES of all.
  const searchPart = async (index: Pagefind) =>
    (await Promise.all(searches.map((t) => index.search(t, opts.filters ? { filters: opts.filters } : {})))).map((r) => r.results.slice(0, MAX_CANDIDATES));
  /** the candidates of the parts' results (in the parts' order, so that equal scores rank as in a merged index) */
  const ranked = (...parts: Candidate[][][]) => {
    const candidates = new Map<string, Candidate>();
    for (const [k] of searches.entries()) {
      const all = parts.flatMap((p) => p[k]!).sort((x, y) => y.score - x.score);
      for (const c of all.slice(0, MAX_CANDIDATES)) if (!candidates.has(c.id)) candidates.set(c.id, c);
    }
    return [...candidates.values()];
  };
  // Every fragment of a list is asked for at once and read in Pagefind's order; with `tell`, the list is shown when
  // its first exact hit is in.
  const present = async (candidates: Candidate[], tell: boolean): Promise<SearchOutcome> => {
    const ids = new Set(candidates.map((c) => c.id));
    const wanted = candidates.slice(0, MAX_CANDIDATES);
    // the first look's hits stay (nothing is found less); of the rest, the wanted ones only (an earlier part's hits
    // that rank lower are not kept)
    const kept = new Set([...early, ...wanted.map((c) => c.id)]);
    const list = () => [...early.filter((id) => !ids.has(id)), ...candidates.map((c) => c.id).filter((id) => kept.has(id) && hits.has(id))].map((id) => hits.get(id)!);
    const loading = wanted.map((c) => (hits.has(c.id) ? Promise.resolve(hits.get(c.id)!) : fetchHit(c)));
    for (const hit of loading) {
      if (!isExact(await hit) || !tell) continue;
      tell = false;
      onProgress!(outcome(list()));
    }
    return outcome(list());
  };
  if (!parted) return present(ranked(await searchPart(pf)), !!onProgress);
  // a library's index in parts: the first part's results (the newest policy texts) are shown while the workers
  // search the others
  const others = stale() ? Promise.resolve([] as Candidate[][][]) : worker!.then((groups) => Promise.all(groups.map(searchPart)));
  others.catch(() => undefined);
  const firstPart = await searchPart(pf);
  if (stale()) return outcome([]);
  if (onProgress) onProgress(await present(ranked(firstPart), false));
  const otherParts = await others;
  if (stale()) return outcome([]);
  return present(ranked(firstPart, ...otherParts), false);
}
