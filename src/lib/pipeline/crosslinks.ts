import { matchKey } from './text.ts';
import { mapTree, ownTexts, textOf, visit } from './tree.ts';
import { briefName } from './brief-name.ts';
import type { Block, Cite, Section, StructuredDoc } from './types.ts';

/**
 * Clause-level cross-links: where a document quotes or closely paraphrases a clause (article 一 or item 1.) of a policy
 * text. Matching is in Simplified on normalised text (punctuation, width and spaces removed), so damage in a source
 * does not break it. A link needs a quoted string found in the clause, or a shared run of at least MIN_RUN characters.
 */
export const MIN_RUN = 12;
/** a shorter shared run (8–11 characters) counts when it occurs in one clause only: a specific phrase, not a formula */
export const MIN_SPECIFIC = 8;
/** a quoted brand or formula (“齐鲁建造”) is specific enough when it occurs in one clause only */
export const MIN_QUOTE = 4;
/** wording found in clauses of more than this many other documents is common wording, not a citation of one */
export const MAX_TARGETS = 3;

export interface CrossLink {
  fromDoc: string;
  /** paragraph or heading anchor in the citing document */
  fromId: string;
  toDoc: string;
  /** clause anchor: art-12, item-9 */
  toId: string;
  /** the shared text, Simplified, as it appears in the citing paragraph (normalised) */
  text: string;
  kind: 'quote' | 'shared' | 'reference';
}

/** One link's identity: the same passage to the same clause is one link, whatever found it. */
export const linkKey = (l: Pick<CrossLink, 'fromDoc' | 'fromId' | 'toDoc' | 'toId'>): string => `${l.fromDoc}#${l.fromId}>${l.toDoc}#${l.toId}`;

interface Clause {
  doc: string;
  id: string;
  text: string;
}

const isClause = (b: Block): b is Section => b.kind === 'section' && (b.role === 'article' || b.role === 'item');

/** The clause's words, without its lead-department note (department names are not a citation) or a sidebar. */
const CLAUSE_TEXT = { notes: false, asides: false } as const;

function clausesOf(doc: StructuredDoc): Clause[] {
  const out: Clause[] = [];
  visit(doc.blocks, (b) => {
    if (isClause(b)) out.push({ doc: doc.meta.id, id: b.id, text: matchKey(textOf([b], CLAUSE_TEXT)) });
  });
  return out;
}

/** Paragraphs, headings and section titles with their anchors, in reading order, and the clause each belongs to. */
function unitsOf(doc: StructuredDoc): { id: string; text: string; clause?: string }[] {
  const out: { id: string; text: string; clause?: string }[] = [];
  visit(doc.blocks, (b, ancestors) => {
    if (b.kind === 'turn' || b.kind === 'aside' || b.kind === 'table') return;
    const clause = isClause(b) ? b : ancestors.findLast(isClause);
    out.push({ id: b.id, text: ownTexts(b, { notes: false, subtitles: false }).join(''), clause: clause?.id });
  });
  return out;
}

/** Every run of n characters of a text, in order (characters, not UTF-16 code units, when the text has astral ones). */
export function pieces(text: string, n: number): string[] {
  const out: string[] = [];
  if (!/[\uD800-\uDFFF]/.test(text)) {
    for (let i = 0; i + n <= text.length; i++) out.push(text.slice(i, i + n));
    return out;
  }
  const x = [...text];
  for (let i = 0; i + n <= x.length; i++) out.push(x.slice(i, i + n).join(''));
  return out;
}

/** Longest run shared by a and b (normalised strings), by dynamic programming over characters. */
export function longestShared(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let end = 0;
  let prev = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Uint16Array(y.length + 1);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best) {
          best = cur[j]!;
          end = i;
        }
      }
    }
    prev = cur;
  }
  return x.slice(end - best, end).join('');
}

/**
 * Whether shared wording is a citation: a report or transcript cites the policy it reports on; a policy text or an
 * interpretation shares wording with another policy text only as a citation when the editor relates the two (either
 * way): two regulations share legal formulas (依法申请行政复议或者提起行政诉讼) without citing each other.
 */
function mayCite(from: StructuredDoc, to: StructuredDoc): boolean {
  if (from.meta.type === 'transcript' || from.meta.type === 'news') return true;
  // implementing, replacing or repealing a text relates to it as much as explaining it does
  const related = (a: StructuredDoc, b: StructuredDoc) => [a.meta.related, a.meta.interprets, a.meta.implements, a.meta.replaces, a.meta.repeals].some((ids) => ids?.includes(b.meta.id));
  return related(from, to) || related(to, from);
}

export function findCrossLinks(docs: StructuredDoc[], opts: { minRun?: number; minQuote?: number; minSpecific?: number } = {}): CrossLink[] {
  const minRun = opts.minRun ?? MIN_RUN;
  const minQuote = opts.minQuote ?? MIN_QUOTE;
  const gram = Math.min(minRun, opts.minSpecific ?? MIN_SPECIFIC);
  const clauses = docs.filter((d) => d.meta.type === 'policy').flatMap(clausesOf);
  // distinct clause wordings (a text reprinted in several documents is compared once), each with the clauses holding it
  const wordings = new Map<string, Clause[]>();
  for (const c of clauses) (wordings.get(c.text) ?? wordings.set(c.text, []).get(c.text)!).push(c);
  const texts = [...wordings.keys()];
  const docsOf = texts.map((t) => new Set(wordings.get(t)!.map((c) => c.doc)));
  /** more than MAX_TARGETS documents other than `doc` hold one of these wordings: common wording, not a citation */
  const common = (ks: Iterable<number>, doc: string, most = MAX_TARGETS) => {
    const seen = new Set<string>();
    for (const k of ks) for (const d of docsOf[k]!) if (d !== doc && seen.add(d).size > most) return true;
    return false;
  };
  // every run of `gram` characters of every wording → the wordings holding it: only those are compared in full
  const grams = new Map<string, Set<number>>();
  texts.forEach((t, k) => {
    for (const g of pieces(t, gram)) (grams.get(g) ?? grams.set(g, new Set()).get(g)!).add(k);
  });
  // a citation is found through a piece of it that is not common wording: the runs held by at most MAX_TARGETS + 1
  // documents (a formula that thousands of documents share would make every passage holding it a candidate of all)
  const cited = new Map([...grams].filter(([, ks]) => !common(ks, '', MAX_TARGETS + 1)));
  /** the wordings holding a text, found through the index of its first run of `gram` characters (a quoted term is
   * looked up once: it recurs across the library) */
  const held = new Map<string, number[]>();
  const holding = (text: string): number[] => {
    const known = held.get(text);
    if (known) return known;
    const from = text.length >= gram ? [...(grams.get([...text].slice(0, gram).join('')) ?? [])] : texts.map((_, k) => k);
    const ks = from.filter((k) => texts[k]!.includes(text));
    held.set(text, ks);
    return ks;
  };
  /** the one clause outside `doc` that holds a text, if exactly one does (a quoted term held by thousands is not looked through) */
  const onlyHolder = (text: string, doc: string): Clause | undefined => {
    let one: Clause | undefined;
    for (const k of holding(text)) {
      for (const c of wordings.get(texts[k]!)!) {
        if (c.doc === doc) continue;
        if (one) return undefined;
        one = c;
      }
    }
    return one;
  };
  const links: CrossLink[] = [];
  const seen = new Set<string>();
  const byId = new Map(docs.map((d) => [d.meta.id, d]));
  const add = (l: CrossLink) => {
    const key = linkKey(l);
    if (!seen.has(key) && mayCite(byId.get(l.fromDoc)!, byId.get(l.toDoc)!)) links.push(l);
    seen.add(key);
  };
  for (const doc of docs) {
    if (doc.mergedInto) continue;
    const own = (c: Clause) => c.doc === doc.meta.id;
    for (const unit of unitsOf(doc)) {
      const norm = matchKey(unit.text);
      // quoted strings: “…” found in exactly one clause of another document
      for (const q of unit.text.matchAll(/“([^”]+)”/g)) {
        const quote = matchKey(q[1]!);
        if (quote.length < minQuote) continue;
        const hit = onlyHolder(quote, doc.meta.id);
        if (hit) add({ fromDoc: doc.meta.id, fromId: unit.id, toDoc: hit.doc, toId: hit.id, text: quote, kind: 'quote' });
      }
      // shared runs of at least minRun characters, with every clause that holds one
      const found = new Set<number>();
      const ps = pieces(norm, gram);
      for (const g of ps) for (const k of cited.get(g) ?? []) found.add(k);
      // in the order of the first piece each shares with the passage, common or not (the links' order on the page)
      const first = (k: number) => ps.findIndex((g) => grams.get(g)?.has(k) === true);
      const candidates = [...found].map((k) => ({ k, at: first(k) })).sort((a, b) => a.at - b.at || a.k - b.k).map((c) => c.k);
      for (const k of candidates) {
        // a wording held by many documents is common, and so is every run of it (it holds the run): not compared
        if (common([k], doc.meta.id)) continue;
        const others = wordings.get(texts[k]!)!.filter((c) => !own(c));
        if (!others.length) continue;
        const run = longestShared(norm, texts[k]!);
        if (run.length < gram) continue;
        const ks = holding(run);
        if (common(ks, doc.meta.id)) continue;
        // a shorter run counts when it occurs in one clause only: a specific phrase, not a formula
        if (run.length < minRun && ks.reduce((n, j) => n + wordings.get(texts[j]!)!.length, 0) !== 1) continue;
        for (const c of others) add({ fromDoc: doc.meta.id, fromId: unit.id, toDoc: c.doc, toId: c.id, text: run, kind: 'shared' });
      }
    }
  }
  return links;
}

/** Attach the links to the documents: `cites` on the citing passage, `citedBy` on the clause. Returns new documents. */
export function attachCrossLinks(docs: StructuredDoc[], links: CrossLink[]): StructuredDoc[] {
  const byId = new Map(docs.map((d) => [d.meta.id, d]));
  const labelOf = new Map<string, string>();
  for (const d of docs) {
    visit(d.blocks, (b) => {
      if (b.kind === 'section' && b.num) labelOf.set(`${d.meta.id}#${b.id}`, b.num);
    });
  }
  const group = (key: (l: CrossLink) => string) => {
    const m = new Map<string, CrossLink[]>();
    for (const l of links) (m.get(key(l)) ?? m.set(key(l), []).get(key(l))!).push(l);
    return m;
  };
  const from = group((l) => `${l.fromDoc}#${l.fromId}`);
  const to = group((l) => `${l.toDoc}#${l.toId}`);
  const attach = (doc: StructuredDoc): StructuredDoc => ({
    ...doc,
    blocks: mapTree(doc.blocks, (b) => {
      if (b.kind === 'aside' || b.kind === 'turn' || b.kind === 'table') return b;
      const cites = (from.get(`${doc.meta.id}#${b.id}`) ?? []).map((l) => {
        const c: Cite = { doc: l.toDoc, id: l.toId, label: labelOf.get(`${l.toDoc}#${l.toId}`) ?? l.toId, docType: byId.get(l.toDoc)!.meta.type };
        const name = briefName(byId.get(l.toDoc)!.meta.title);
        if (name) c.docName = name;
        return c;
      });
      const out = { ...b };
      if (cites.length) out.cites = cites;
      if (out.kind === 'section') {
        const citedBy = (to.get(`${doc.meta.id}#${b.id}`) ?? []).map((l) => ({ doc: l.fromDoc, id: l.fromId, docType: byId.get(l.fromDoc)!.meta.type }));
        if (citedBy.length) out.citedBy = citedBy;
      }
      return out;
    }),
  });
  return docs.map(attach);
}
