// The only module that imports HarfBuzz (subset-font, harfbuzzjs): the print pages' fonts, one file per script and
// weight, subset to the characters the script's print pages use, and which characters a face has a glyph for.
// Why that small: Chromium's PDF writer works in proportion to the glyphs of the faces a page loads, not only of those
// it prints. Measured on 40 handouts: a script's whole everyday repertoire (GB 2312, 7,000 glyphs) cost 19 % more
// renderer time than the ~1,200 glyphs the pages use; a face per document cost more still (every document then
// starts with cold shaping caches). The price: a character new to the script's print pages re-renders that script's PDFs.
// A library built in parts (SHARD=k/n) prints in each part only its own documents, yet every part must embed the
// faces a single build would, or the same document's PDF differs by build: so the faces also hold every character of
// the script's documents in the whole library (the generated MDX) and of its UI strings, which every part can read.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { decodeText } from '../html-entities.ts';
import { locales, localeIds, type Locale } from '../i18n/locales.ts';
import { t, uiKeys, type UiKey } from '../i18n/ui.ts';
import { KIT_WEIGHTS, kitScript, type KitScript } from '../print-fonts.ts';

type Weight = keyof typeof KIT_WEIGHTS;
const WEIGHTS = Object.keys(KIT_WEIGHTS) as Weight[];
const require = createRequire(import.meta.url);

/** The full Noto Serif SC/TC TrueType files (Google Fonts, via the npm package) and the package version. */
export function sourceFont(script: KitScript, weight: Weight): { file: string; version: string } {
  const pkg = dirname(require.resolve(`@expo-google-fonts/noto-serif-${script}/package.json`));
  const name = `${weight}${KIT_WEIGHTS[weight]}`;
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version as string;
  return {
    file: join(pkg, name, `NotoSerif${script.toUpperCase()}_${name}.ttf`),
    version,
  };
}

/** Every character in the print pages of one script, markup and stylesheets included (margin-box strings). */
export function printChars(dist: string, script: KitScript): Set<string> {
  const chars = new Set<string>();
  for (let i = 0x20; i < 0x7f; i++) chars.add(String.fromCharCode(i));
  for (const locale of Object.keys(locales) as Locale[]) {
    const dir = join(dist, 'print', locale);
    if (kitScript(locale) !== script || !existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      for (const c of decodeText(readFileSync(join(dir, f), 'utf8'))) if (c >= ' ') chars.add(c);
    }
  }
  return chars;
}

/**
 * Every character a print page of the script could show from the whole library, whichever part builds it: the text of
 * its documents (content/generated/<locale>/*.mdx, frontmatter included) and its UI strings.
 */
export function libraryChars(generated: string, script: KitScript): Set<string> {
  const chars = new Set<string>();
  const add = (text: string) => {
    // ASCII is in every face's set already; skipping it here keeps a 10,000-document library's pass short
    for (const c of text.replace(/[\x00-\x7f]+/g, '')) chars.add(c);
  };
  for (const locale of localeIds.filter((l) => kitScript(l) === script)) {
    for (const key of uiKeys(locale)) add(t(locale, key as UiKey));
    const dir = join(generated, locale);
    if (existsSync(dir)) for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) add(readFileSync(join(dir, f), 'utf8'));
  }
  return chars;
}

/** Every code point the face maps to a glyph, from its cmap (HarfBuzz). */
export const coverage = (font: Uint8Array): Set<number> => new Set(new hb.Face(new hb.Blob(font)).collectUnicodes());

/** Subset one face to `chars`, as TrueType (HarfBuzz; the same bytes for the same input). */
export const subsetFace = (font: Uint8Array, chars: string): Promise<Uint8Array> => subsetFont(font, chars, { targetFormat: 'truetype' });

export interface KitFonts {
  /** changes whenever the faces of the job's script would: part of the job's PDF cache key */
  keyOf: (locale: Locale) => string;
  /** writes the script's faces unless cached (~0.1 s a face); concurrent calls share the work; true if it subset */
  ensure: (locale: Locale) => Promise<boolean>;
  /** the file for a request under print-fonts/ ("sc-400.ttf"), once its script is ensured */
  file: (path: string) => string | undefined;
  /** of `chars`, those a face of the locale's script has no glyph for (Chromium would print them from another font,
   * or as an empty box), once its script is ensured */
  uncovered: (locale: Locale, chars: Iterable<string>) => string[];
}

/**
 * Per script, its two faces subset to every character its print pages use (and, given `library`, content/generated,
 * every character of the library's documents), cached under cacheDir/fonts/<key>. Each
 * script is keyed and built apart: a character new to the Traditional pages leaves the Simplified PDFs cached.
 */
export function planKitFonts(dist: string, cacheDir: string, library?: string): KitFonts {
  const plans = new Map<KitScript, { key: string; chars: string; dir: string }>();
  const plan = (script: KitScript) => {
    if (!plans.has(script)) {
      const chars = [...new Set([...printChars(dist, script), ...(library ? libraryChars(library, script) : [])])].sort().join('');
      const hash = createHash('sha256');
      for (const weight of WEIGHTS) hash.update(`${script}|${weight}|${sourceFont(script, weight).version}\n`);
      const key = hash.update(chars).digest('hex').slice(0, 20);
      plans.set(script, { key, chars, dir: join(cacheDir, 'fonts', key) });
    }
    return plans.get(script)!;
  };
  const built = new Map<KitScript, Promise<boolean>>();
  const ensure = (locale: Locale) => {
    const script = kitScript(locale);
    if (!built.has(script))
      built.set(
        script,
        (async () => {
          const { chars, dir } = plan(script);
          let subset = false;
          for (const weight of WEIGHTS) {
            const file = join(dir, `${script}-${weight}.ttf`);
            if (existsSync(file)) continue;
            mkdirSync(dir, { recursive: true });
            // beside, then rename: an interrupted build never leaves a truncated face in the cache
            writeFileSync(`${file}.tmp`, await subsetFace(readFileSync(sourceFont(script, weight).file), chars));
            renameSync(`${file}.tmp`, file);
            subset = true;
          }
          return subset;
        })(),
      );
    return built.get(script)!;
  };
  const file = (path: string) => {
    const m = /^(sc|tc)-\d+\.ttf$/.exec(path);
    const script = m?.[1] as KitScript | undefined;
    return script && built.has(script) ? join(plan(script).dir, path) : undefined;
  };
  const covered = new Map<KitScript, Set<number>>();
  const uncovered = (locale: Locale, chars: Iterable<string>) => {
    const script = kitScript(locale);
    if (!covered.has(script)) {
      const [first, ...rest] = WEIGHTS.map((w) => coverage(readFileSync(join(plan(script).dir, `${script}-${w}.ttf`))));
      covered.set(script, new Set([...first!].filter((c) => rest.every((r) => r.has(c)))));
    }
    return [...chars].filter((c) => !covered.get(script)!.has(c.codePointAt(0)!));
  };
  return { keyOf: (locale) => plan(kitScript(locale)).key, ensure, file, uncovered };
}
