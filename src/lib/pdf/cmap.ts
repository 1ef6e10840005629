// Which code points a TrueType/OpenType font maps to a glyph, read from its cmap table (formats 4 and 12, the ones
// HarfBuzz writes and Noto ships). Pure; used to refuse a PDF that would print a character as an empty box.

/** Every code point the font's Unicode cmap subtables map to a glyph other than .notdef. */
export function coverage(font: Uint8Array): Set<number> {
  const v = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = (at: number) => String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
  let cmap = -1;
  for (let i = 0, n = v.getUint16(4); i < n; i++) if (tag(12 + 16 * i) === 'cmap') cmap = v.getUint32(12 + 16 * i + 8);
  if (cmap < 0) throw new Error('font has no cmap table');
  const out = new Set<number>();
  for (let i = 0, n = v.getUint16(cmap + 2); i < n; i++) {
    const platform = v.getUint16(cmap + 4 + 8 * i);
    if (platform !== 0 && platform !== 3) continue; // Unicode and Windows subtables only
    const at = cmap + v.getUint32(cmap + 4 + 8 * i + 4);
    const format = v.getUint16(at);
    if (format === 12) {
      for (let g = 0, groups = v.getUint32(at + 12); g < groups; g++) {
        const [start, end, glyph] = [0, 4, 8].map((o) => v.getUint32(at + 16 + 12 * g + o)) as [number, number, number];
        for (let c = start; c <= end; c++) if (glyph + c - start) out.add(c);
      }
    } else if (format === 4) {
      const segments = v.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const offsets = deltas + 2 * segments;
      for (let k = 0; k < segments; k++) {
        const [end, start, delta, offset] = [ends, starts, deltas, offsets].map((t) => v.getUint16(t + 2 * k)) as [number, number, number, number];
        for (let c = start; c <= end && c !== 0xffff; c++) {
          // idRangeOffset 0: the glyph is c + idDelta; otherwise it is read from glyphIdArray (0 there stays unmapped)
          const raw = offset === 0 ? c : v.getUint16(offsets + 2 * k + offset + 2 * (c - start));
          if (offset !== 0 && raw === 0) continue;
          if ((raw + delta) & 0xffff) out.add(c);
        }
      }
    }
  }
  return out;
}
