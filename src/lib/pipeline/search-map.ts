import { isHan } from './text.ts';
import { textsOf } from './tree.ts';
import type { StructuredDoc } from './types.ts';

/**
 * What the browser needs to search across scripts without shipping OpenCC's dictionary: derived from this corpus at
 * build time (the index only holds the corpus's words), plus term equivalents and document numbers.
 */
/** every string a page shows and the index holds, speakers and outlets included */
const SEARCHED = { labels: true } as const;

export interface SearchMap {
  /** Simplified → Traditional, one character (majority rendering in the corpus) */
  s2t: Record<string, string>;
  /** Traditional → Simplified, one character */
  t2s: Record<string, string>;
  /** Simplified words whose Traditional rendering differs from the character map (发展/头发, 于新悦 …) */
  words: Record<string, string>;
  /** per script: pairs of spellings that different documents use for the same term (城乡接合部 / 城乡结合部) */
  equivalents: Record<string, [string, string][]>;
  /** document numbers for number queries (鲁政发〔2024〕1号 in any bracket style) */
  docNumbers: { docId: string; hans: string; hant: string }[];
}

function majority(m: Map<string, number>): string {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Substitutions of one or two characters between aligned sentences, with two characters of context each side. */
export function equivalentsFrom(pairs: [string, string][]): [string, string][] {
  const found = new Map<string, [string, string]>();
  for (const [a, b] of pairs) {
    const x = [...a];
    const y = [...b];
    // LCS table: sentences are short (< 400 characters)
    const n = x.length;
    const m = y.length;
    const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) dp[i]![j] = x[i] === y[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (x[i] === y[j]) {
        i++;
        j++;
        continue;
      }
      const si = i;
      const sj = j;
      while (i < n && j < m && x[i] !== y[j]) {
        if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
        else j++;
      }
      while (i < n && j < m && x[i] !== y[j] && dp[i + 1]![j + 1] === dp[i]![j]) {
        i++;
        j++;
      }
      const ma = x.slice(si, i).join('');
      const mb = y.slice(sj, j).join('');
      if (ma.length < 1 || ma.length > 2 || ma.length !== mb.length || ![...ma, ...mb].every(isHan)) continue;
      const before = x.slice(Math.max(0, si - 2), si).join('');
      const after = x.slice(i, i + 2).join('');
      const ta = before + ma + after;
      const tb = before + mb + after;
      if ([...ta].every(isHan) && [...tb].every(isHan)) found.set(`${ta}|${tb}`, [ta, tb]);
    }
  }
  return [...found.values()].sort((p, q) => (p[0] < q[0] ? -1 : 1));
}

/** The map made from each document in Simplified and its Traditional conversion (same structure), one document at a
 * time (`add` each in the corpus's order, then `finish`): a document's zh-Hant tree is not kept once its texts are
 * counted. */
export function searchMapOf(toTraditional: (s: string) => string): { add: (hans: StructuredDoc, hant: StructuredDoc) => void; finish: () => SearchMap } {
  const charCounts = new Map<string, Map<string, number>>();
  const t2s: Record<string, string> = {};
  // the texts of equal length in both scripts, kept as strings: as arrays of characters, a library of 10,000
  // documents held one string object per character of each
  const pairs: [string, string][] = [];
  const diffPairs: [string, string][] = [];
  const docNumbers: SearchMap['docNumbers'] = [];
  const add = (hans: StructuredDoc, hant: StructuredDoc) => {
    const a = textsOf(hans.blocks, SEARCHED).concat(hans.meta.title);
    const b = textsOf(hant.blocks, SEARCHED).concat(hant.meta.title);
    a.forEach((s, k) => {
      const x = [...s];
      const y = [...(b[k] ?? '')];
      if (x.length !== y.length) return;
      pairs.push([s, b[k] ?? '']);
      x.forEach((c, i) => {
        if (!isHan(c)) return;
        const m = charCounts.get(c) ?? new Map<string, number>();
        m.set(y[i]!, (m.get(y[i]!) ?? 0) + 1);
        charCounts.set(c, m);
        if (y[i] !== c) t2s[y[i]!] = c;
      });
    });
    for (const v of hans.variants ?? []) for (const d of v.diffs) if (d.base) diffPairs.push([d.base, d.variant]);
    if (hans.meta.docNumber) docNumbers.push({ docId: hans.meta.id, hans: hans.meta.docNumber, hant: toTraditional(hans.meta.docNumber) });
  };
  const finish = (): SearchMap => {
    const { s2t, words } = characterMaps(charCounts, pairs);
    return { s2t, t2s, words, equivalents: equivalentsBoth(diffPairs, toTraditional), docNumbers };
  };
  return { add, finish };
}

/** s2t by majority, and the words whose rendering differs from their characters' (counted where a character has more
 * than one rendering in the corpus). */
function characterMaps(charCounts: Map<string, Map<string, number>>, pairs: [string, string][]): Pick<SearchMap, 's2t' | 'words'> {
  const s2t: Record<string, string> = {};
  for (const [c, m] of charCounts) {
    const best = majority(m);
    if (best !== c) s2t[c] = best;
  }
  const ambiguous = new Set([...charCounts].filter(([, m]) => m.size > 1).map(([c]) => c));
  const wordCounts = new Map<string, Map<string, number>>();
  for (const [s, t] of pairs) {
    const x = [...s];
    const y = [...t];
    x.forEach((c, i) => {
      if (!ambiguous.has(c)) return;
      for (const [from, to] of [[i - 1, i + 1], [i, i + 2]] as const) {
        if (from < 0 || to > x.length) continue;
        const w = x.slice(from, to).join('');
        if (![...w].every(isHan)) continue;
        const m = wordCounts.get(w) ?? new Map<string, number>();
        const r = y.slice(from, to).join('');
        m.set(r, (m.get(r) ?? 0) + 1);
        wordCounts.set(w, m);
      }
    });
  }
  const words: Record<string, string> = {};
  for (const [w, m] of wordCounts) {
    const best = majority(m);
    const byChar = [...w].map((c) => s2t[c] ?? c).join('');
    if (best !== byChar) words[w] = best;
  }
  return { s2t, words };
}

function equivalentsBoth(diffPairs: [string, string][], toTraditional: (s: string) => string): SearchMap['equivalents'] {
  const eqHans = equivalentsFrom(diffPairs);
  return { 'zh-hans': eqHans, 'zh-hant': eqHans.map(([a, b]) => [toTraditional(a), toTraditional(b)]) };
}
