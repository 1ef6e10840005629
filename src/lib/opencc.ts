// The only module that imports opencc-js.
import * as OpenCC from 'opencc-js';

export interface Dictionaries {
  /** phrase overrides applied with OpenCC's own longest-match segmentation before cn→tw: names, traps */
  phrases: [string, string][];
  /** character replacements applied after conversion: the project's variant policy (佈 → 布) */
  chars: [string, string][];
}

/** The standard a Traditional source follows: Taiwan (default), Hong Kong or Macao (Hong Kong's tables). */
export type Region = 'tw' | 'hk' | 'mo';

export interface Converters {
  /** Traditional source text → canonical Simplified, with the tables of the source's region */
  toSimplified: (s: string, region?: Region) => string;
  /** canonical Simplified → zh-Hant page text: cn→tw + dictionaries + Taiwan quotation marks */
  toTraditional: (s: string) => string;
  /**
   * A Traditional source's own text with its conversion residue repaired: a Han character the site's conversion writes
   * differently (關于 → 於, 建筑 → 築, 預制板 → 製) takes that form, unless the difference is only Taiwan's preferred
   * variant of the source's character (污/汙, 裏/裡): the source's own characters stay.
   */
  repairResidue: (s: string, region?: Region) => string;
}

/** Taiwan and Hong Kong set quotations in corner brackets: “…” → 「…」, ‘…’ → 『…』. */
const HAN = /\p{sc=Han}/u;
const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const MAINLAND_QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function createConverters(dicts: Dictionaries): Converters {
  const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
  // the mainland sets quotations in “” ‘’: a Hong Kong or Taiwan source's 「」『』 become those on the zh-Hans page
  const toSimplified = (s: string, region: Region = 'tw') => (region === 'tw' ? fromTw(s) : fromHk(s)).replace(/[「」『』]/g, (c) => MAINLAND_QUOTES[c]!);
  // a Traditional text in its region's preferred forms (Taiwan: 污 → 汙, 裏 → 裡): the differences that are no residue
  const toTaiwan = OpenCC.Converter({ from: 't', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 't', to: 'hk' });
  const cnToHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const from = OpenCC.Locale.from.cn;
  const to = OpenCC.Locale.to.tw;
  if (!from || !to) throw new Error('opencc-js: cn and tw locales missing');
  // A custom dictionary group goes last so that its longer entries win OpenCC's longest match.
  const cnToTw = OpenCC.ConverterFactory([...from, dicts.phrases] as unknown as typeof from, to);
  const chars = new Map(dicts.chars);
  // only the characters that change are matched (a callback for every character was a tenth of the pipeline's time)
  const changed = new RegExp(`[${[...chars.keys(), ...Object.keys(QUOTES)].filter((c) => [...c].length === 1).map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'gu');
  const post = (s: string) => s.replace(changed, (c) => chars.get(c) ?? QUOTES[c] ?? c);
  const toTraditional = (s: string) => post(cnToTw(s));
  const repairResidue = (s: string, region?: Region) => {
    const own = [...s];
    const hk = region === 'hk' || region === 'mo';
    const simp = [...toSimplified(s, region)];
    // the form the source's own standard gives in context: Taiwan's (the site's conversion) or Hong Kong's (5周年)
    const full = [...(hk ? post(cnToHk(simp.join(''))) : toTraditional(simp.join('')))];
    const preferred = [...(hk ? toHongKong(s) : toTaiwan(s))];
    if (simp.length !== own.length || full.length !== own.length || preferred.length !== own.length) return s;
    // residue is a character that is also a Simplified form (濕 never is), which that conversion writes differently,
    // where the region's preference for the source's own character does not explain the difference
    const residue = (c: string, i: number) => HAN.test(c) && simp[i] === c && full[i] !== c && preferred[i] !== full[i];
    return own.map((c, i) => (residue(c, i) ? full[i]! : c)).join('');
  };
  return { toSimplified, toTraditional, repairResidue };
}
