// The only module that imports subset-font (HarfBuzz): the print pages' fonts, one file per script and weight.
// Why: the npm web-font packages split each face into ~100 unicode-range files, and a print page loaded ~60 of them;
// one TrueType subset per face halves the render time and the PDF embeds one font per weight instead of dozens.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { KIT_WEIGHTS, type KitScript } from '../print-fonts.ts';

const SCRIPTS: Record<KitScript, string> = { sc: 'zh-hans', tc: 'zh-hant' };
const require = createRequire(import.meta.url);

/** The full Noto Serif SC/TC TrueType files (Google Fonts, via the npm package) and the package version. */
export function sourceFont(script: KitScript, weight: keyof typeof KIT_WEIGHTS): { file: string; version: string } {
  const pkg = dirname(require.resolve(`@expo-google-fonts/noto-serif-${script}/package.json`));
  const name = `${weight}${KIT_WEIGHTS[weight]}`;
  const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version as string;
  return {
    file: join(pkg, name, `NotoSerif${script.toUpperCase()}_${name}.ttf`),
    version,
  };
}

/**
 * The script's everyday repertoire, decoded from its legacy national encoding rather than typed in: GB 2312 (6,763
 * hanzi and its symbols) for Simplified, Big5 level 1 (5,401 common hanzi and its symbols) for Traditional. Keeping it
 * in the subset means a new document rarely changes the font, so cached PDFs stay valid.
 */
export function repertoire(script: KitScript): string {
  const decoder = new TextDecoder(script === 'sc' ? 'gbk' : 'big5');
  const rows = script === 'sc' ? [0xa1, 0xf7] : [0xa1, 0xc6];
  const cells = script === 'sc' ? range(0xa1, 0xfe) : [...range(0x40, 0x7e), ...range(0xa1, 0xfe)];
  let out = '';
  for (const hi of range(rows[0]!, rows[1]!))
    for (const lo of cells) {
      if (script === 'tc' && hi === 0xc6 && lo > 0x7e) break; // level 1 ends at C67E
      const c = decoder.decode(new Uint8Array([hi, lo]));
      // one character, not a replacement and not a private-use code point
      if ([...c].length === 1 && c !== '\ufffd' && !/[\ue000-\uf8ff]/.test(c)) out += c;
    }
  return out;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Every character in the print pages of one script, markup and stylesheets included (margin-box strings). */
export function printChars(dist: string, script: KitScript): Set<string> {
  const chars = new Set<string>();
  for (let i = 0x20; i < 0x7f; i++) chars.add(String.fromCharCode(i));
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) {
        const html = readFileSync(p, 'utf8').replace(/&#(x[0-9a-f]+|\d+);/gi, (_m, n: string) =>
          String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n)),
        );
        for (const c of html) if (c >= ' ') chars.add(c);
      }
    }
  };
  walk(join(dist, 'print', SCRIPTS[script]));
  return chars;
}

export interface KitFonts {
  /** folder with sc-400.ttf, sc-700.ttf, tc-400.ttf, tc-700.ttf: mounted at print-fonts/ by the render server */
  dir: string;
  /** changes whenever any of the four files would change: part of every PDF's cache key */
  key: string;
  /** writes the four files unless cached (well under a second); resolves to false when they were cached */
  build: () => Promise<boolean>;
}

/**
 * The four faces, each subset to its script's repertoire plus every character its print pages use. Built once per
 * distinct character set (cached under cacheDir); shards of one build agree, since every shard's dist/ holds all
 * print pages.
 */
export function planKitFonts(dist: string, cacheDir: string): KitFonts {
  const plan = (['sc', 'tc'] as const).flatMap((script) => {
    const chars = [...new Set([...repertoire(script), ...printChars(dist, script)])].sort().join('');
    return (Object.keys(KIT_WEIGHTS) as (keyof typeof KIT_WEIGHTS)[]).map((weight) => ({ script, weight, chars, ...sourceFont(script, weight) }));
  });
  const hash = createHash('sha256');
  for (const p of plan) hash.update(`${p.script}|${p.weight}|${p.version}|${p.chars}\n`);
  const key = hash.digest('hex').slice(0, 20);
  const dir = join(cacheDir, 'fonts', key);
  const build = async () => {
    if (plan.every((p) => existsSync(join(dir, `${p.script}-${p.weight}.ttf`)))) return false;
    mkdirSync(dir, { recursive: true });
    for (const p of plan) {
      const out = await subsetFont(readFileSync(p.file), p.chars, {
        targetFormat: 'truetype',
      });
      const file = join(dir, `${p.script}-${p.weight}.ttf`);
      writeFileSync(`${file}.tmp`, out);
      renameSync(`${file}.tmp`, file);
    }
    return true;
  };
  return { dir, key, build };
}
