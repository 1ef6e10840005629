import type { SearchMap } from '../pipeline/search-map.ts';

/** Pure query helpers shared by the browser search and its tests. No DOM, no Pagefind. */

const QUOTES_T: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const QUOTES_S: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Text compared for exactness: width-folded, without spaces or punctuation, quotes unified. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** A query in any script → the page's script: longest word match first, then single characters. */
export function toScript(q: string, script: 'hans' | 'hant', map: Pick<SearchMap, 's2t' | 't2s' | 'words'>): string {
  const chars = [...q];
  if (script === 'hans') return chars.map((c) => map.t2s[c] ?? QUOTES_S[c] ?? c).join('');
  // Simplified → Traditional; a Traditional query passes through (its characters are not keys of s2t).
  const simp = chars.map((c) => map.t2s[c] ?? c);
  let out = '';
  for (let i = 0; i < simp.length; ) {
    const w = simp[i]! + (simp[i + 1] ?? '');
    const hit = simp[i + 1] !== undefined ? map.words[w] : undefined;
    if (hit && chars[i] === simp[i] && chars[i + 1] === simp[i + 1]) {
      out += hit;
      i += 2;
    } else {
      out += chars[i] !== simp[i] ? chars[i] : (map.s2t[simp[i]!] ?? QUOTES_T[simp[i]!] ?? simp[i]);
      i++;
    }
  }
  return out;
}

/** The query and its spellings in other documents (城乡接合部 ⇄ 城乡结合部). */
export function variantsOf(q: string, equivalents: [string, string][]): string[] {
  const out = new Set([q]);
  for (const [a, b] of equivalents) {
    for (const v of [...out]) {
      if (v.includes(a)) out.add(v.split(a).join(b));
      if (v.includes(b)) out.add(v.split(b).join(a));
      if (a.includes(v) && a !== v) out.add(b.slice(a.indexOf(v), a.indexOf(v) + v.length));
      if (b.includes(v) && b !== v) out.add(a.slice(b.indexOf(v), b.indexOf(v) + v.length));
    }
  }
  return [...out];
}

/** A document-number query: 鲁政发〔2024〕1号, 鲁政发[2024]1号, (2024)1号, 2024年1号 … → its doc ids. */
export function docNumberMatches(q: string, numbers: SearchMap['docNumbers']): string[] {
  const m = /^\s*([\p{sc=Han}]{0,8})\s*[〔\[(（【]?\s*(\d{4})\s*[〕\])）】年]?\s*第?(\d{1,4})\s*[号號]?\s*$/u.exec(q);
  if (!m) return [];
  const [, prefix, year, num] = m;
  return numbers
    .filter((d) => [d.hans, d.hant].some((n) => {
      const x = /^([\p{sc=Han}]*)〔(\d{4})〕(\d+)/u.exec(n);
      return !!x && x[2] === year && x[3] === num && (!prefix || x[1] === prefix || x[1]!.endsWith(prefix!));
    }))
    .map((d) => d.docId);
}

/** Occurrences of any of the query's spellings in a text, compared normalised. */
export function countExact(text: string, spellings: string[]): number {
  const t = normalise(text);
  let n = 0;
  for (const s of spellings.map(normalise).filter(Boolean)) {
    for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + s.length)) n++;
  }
  return n;
}
