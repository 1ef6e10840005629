// npm run derive:radicals: src/lib/sources/radicals.json, the unified ideograph each CJK radical code point
// (U+2E80–U+2FDF) shares its glyph with in the shipped Noto Serif SC/TC fonts. A PDF printed by Chromium (Skia) names
// such a shared glyph by its lowest code point, so 民 comes out of the text layer as ⺠ (U+2EA0): this table undoes it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** code point → glyph id from a font's format-12 cmap subtable */
function glyphs(font: Buffer): Map<number, number> {
  const n = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < n; i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap') cmap = font.readUInt32BE(12 + 16 * i + 8);
  const out = new Map<number, number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + font.readUInt32BE(cmap + 8 + 8 * i);
    if (font.readUInt16BE(at) !== 12) continue;
    for (let g = 0; g < font.readUInt32BE(at + 12); g++) {
      const [start, end, glyph] = [0, 4, 8].map((o) => font.readUInt32BE(at + 16 + 12 * g + o)) as [number, number, number];
      for (let c = start; c <= end; c++) out.set(c, glyph + c - start);
    }
  }
  return out;
}

const require = createRequire(import.meta.url);
const table: Record<string, string> = {};
for (const s of ['sc', 'tc']) {
  const file = join(dirname(require.resolve(`@expo-google-fonts/noto-serif-${s}/package.json`)), '400Regular', `NotoSerif${s.toUpperCase()}_400Regular.ttf`);
  const map = glyphs(readFileSync(file));
  const byGlyph = new Map<number, number>();
  for (const [c, g] of map) if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) if (!byGlyph.has(g)) byGlyph.set(g, c);
  for (const [c, g] of map) {
    if (c < 0x2e80 || c > 0x2fdf) continue;
    const u = byGlyph.get(g);
    const k = String.fromCodePoint(c);
    if (u && !table[k] && String.fromCodePoint(c).normalize('NFKC') === k) table[k] = String.fromCodePoint(u);
  }
}
const sorted = Object.fromEntries(Object.entries(table).sort());
writeFileSync(join(import.meta.dirname, '../src/lib/sources/radicals.json'), `${JSON.stringify(sorted, null, 0).replace(/,"/g, ',\n"')}\n`);
console.log(`${Object.keys(sorted).length} radicals`);
