import { matchKey } from './text.ts';

/** Character-bigram Dice coefficient on normalised text (punctuation, width and spaces ignored). */
export function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const t = matchKey(s);
    const m = new Map<string, number>();
    for (let i = 0; i < t.length - 1; i++) m.set(t.slice(i, i + 2), (m.get(t.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const x = grams(a);
  const y = grams(b);
  let both = 0;
  let total = 0;
  for (const [g, n] of x) {
    both += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * both) / total : 0;
}

/** Sentences: split after 。！？； keeping the mark. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？；]+[。！？；]?/gu)?.map((s) => s.trim()).filter((s) => matchKey(s).length > 0) ?? [];
}
