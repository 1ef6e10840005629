// The only module that imports opencc-js.
import * as OpenCC from 'opencc-js';

export interface Dictionaries {
  /** phrase overrides applied with OpenCC's own longest-match segmentation before cn→tw: names, traps */
  phrases: [string, string][];
  /** character replacements applied after conversion: the project's variant policy (佈 → 布) */
  chars: [string, string][];
}

export interface Converters {
  /** Traditional (Taiwan) source text → canonical Simplified */
  toSimplified: (s: string) => string;
  /** canonical Simplified → zh-Hant page text: cn→tw + dictionaries + Taiwan quotation marks */
  toTraditional: (s: string) => string;
}

/** Taiwan and Hong Kong set quotations in corner brackets: “…” → 「…」, ‘…’ → 『…』. */
const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

export function createConverters(dicts: Dictionaries): Converters {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const from = OpenCC.Locale.from.cn;
  const to = OpenCC.Locale.to.tw;
  if (!from || !to) throw new Error('opencc-js: cn and tw locales missing');
  // A custom dictionary group goes last so that its longer entries win OpenCC's longest match.
  const cnToTw = OpenCC.ConverterFactory([...from, dicts.phrases] as unknown as typeof from, to);
  const chars = new Map(dicts.chars);
  const post = (s: string) => s.replace(/./gu, (c) => chars.get(c) ?? QUOTES[c] ?? c);
  return { toSimplified, toTraditional: (s: string) => post(cnToTw(s)) };
}
