import type { Line } from './types.ts';

export interface CorrectionRule {
  find: string;
  replace: string;
  count?: number;
}

export class CorrectionError extends Error {
  readonly index: number;
  constructor(index: number, found: number, expected: number) {
    super(`occurs ${found} time(s) in source.txt, expected ${expected}`);
    this.index = index;
  }
}

/** Apply exact-string editorial repairs. A repair that no longer matches as expected is an error, never a no-op. */
export function applyCorrections(lines: Line[], rules: CorrectionRule[]): Line[] {
  let out = lines;
  rules.forEach((rule, index) => {
    const expected = rule.count ?? 1;
    let found = 0;
    out = out.map((l) => {
      const parts = l.text.split(rule.find);
      found += parts.length - 1;
      return parts.length > 1 ? { ...l, text: parts.join(rule.replace) } : l;
    });
    if (found !== expected) throw new CorrectionError(index, found, expected);
  });
  return out;
}
