/**
 * Whole-corpus conversion check. For every Simplified character that the corpus renders in more than one
 * Traditional form, each occurrence's word (the character with one neighbour either side) is compared with the
 * majority rendering of the same Simplified word elsewhere: a minority rendering is reported. Known traps (植髮,
 * 箇中, 於 before a name) are reported whatever the counts.
 */
export interface ConversionFinding {
  word: string;
  rendered: string;
  majority: string;
  count: number;
  context: string;
}

const TRAPS = /髮|箇|於(?=[新])/u;

export function checkConversion(pairs: [string, string][]): { findings: ConversionFinding[]; traps: string[]; chars: number } {
  const renderings = new Map<string, Set<string>>();
  const aligned = pairs.filter(([s, t]) => [...s].length === [...t].length).map(([s, t]) => [[...s], [...t]] as const);
  for (const [s, t] of aligned) s.forEach((c, i) => renderings.set(c, (renderings.get(c) ?? new Set()).add(t[i]!)));
  const ambiguous = new Set([...renderings].filter(([, r]) => r.size > 1).map(([c]) => c));
  const words = new Map<string, Map<string, { count: number; context: string }>>();
  for (const [s, t] of aligned) {
    s.forEach((c, i) => {
      if (!ambiguous.has(c)) return;
      for (const [a, b] of [[i - 1, i + 1], [i, i + 2], [i - 1, i]] as const) {
        if (a < 0 || b > s.length) continue;
        const w = s.slice(a, b).join('');
        if (!/^\p{sc=Han}+$/u.test(w)) continue;
        const r = t.slice(a, b).join('');
        const m = words.get(w) ?? new Map();
        const e = m.get(r) ?? { count: 0, context: s.slice(Math.max(0, i - 4), i + 5).join('') };
        e.count++;
        m.set(r, e);
        words.set(w, m);
      }
    });
  }
  const findings: ConversionFinding[] = [];
  for (const [word, m] of words) {
    if (m.size < 2) continue;
    const sorted = [...m].sort((a, b) => b[1].count - a[1].count);
    for (const [rendered, e] of sorted.slice(1)) findings.push({ word, rendered, majority: sorted[0]![0], count: e.count, context: e.context });
  }
  const traps = pairs.flatMap(([, t]) => [...t.matchAll(new RegExp(TRAPS.source, 'gu'))].map((m) => t.slice(Math.max(0, m.index - 4), m.index + 4)));
  return { findings, traps, chars: ambiguous.size };
}
