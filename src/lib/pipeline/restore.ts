/**
 * A Traditional source's own characters on its zh-Hant page. Structure is found in Simplified (the rules are written
 * once); each string of the structured document is then looked up in the Simplified text of the source and replaced
 * by the same span of the source itself. The conversion is length-preserving line by line (checked), so spans align.
 */
export interface Shadow {
  /** the source's text after cleaning, converted to Simplified, paragraph by paragraph */
  simp: string;
  /** the same, as the source has it */
  trad: string;
}

export interface RestoreStats {
  /** characters taken from the source as it is */
  restored: number;
  /** of those, characters repaired (conversion residue) */
  repaired: number;
  /** characters of strings not found in the source (titles typed in meta.yml, labels): converted */
  converted: number;
}

/** The shadow of a source: its paragraphs in both scripts, a line whose conversion changes its length left out. */
export function shadowOf(paragraphs: { trad: string[]; simp: string[] }[], join: (lines: string[]) => string): Shadow {
  const simp: string[] = [];
  const trad: string[] = [];
  for (const p of paragraphs) {
    const ok = p.trad.map((t, i) => t.length === p.simp[i]!.length);
    // an unaligned line becomes a run of U+0000, which no string of the document contains
    simp.push(join(p.simp.map((s, i) => (ok[i] ? s : '\0'.repeat(s.length)))));
    trad.push(join(p.trad.map((t, i) => (ok[i] ? t : '\0'.repeat(p.simp[i]!.length)))));
  }
  return { simp: simp.join('\n'), trad: trad.join('\n') };
}

/** A converter for the zh-Hant page of a Traditional source: its own span where found, else the conversion. */
export function restorer(shadow: Shadow, convert: (s: string) => string, repair: (s: string) => string): { toTraditional: (s: string) => string; stats: RestoreStats } {
  const stats: RestoreStats = { restored: 0, repaired: 0, converted: 0 };
  let cursor = 0;
  const toTraditional = (s: string) => {
    if (!/\p{sc=Han}/u.test(s)) return convert(s);
    // reading order: look after the last long string first, so a repeated phrase takes its own occurrence
    let at = shadow.simp.indexOf(s, cursor);
    if (at < 0) at = shadow.simp.indexOf(s);
    if (at < 0) {
      stats.converted += [...s].length;
      return convert(s);
    }
    if (s.length >= 8) cursor = at + s.length;
    const own = shadow.trad.slice(at, at + s.length);
    const fixed = repair(own);
    const after = [...fixed];
    stats.restored += after.length;
    stats.repaired += [...own].filter((c, i) => c !== after[i]).length;
    return fixed;
  };
  return { toTraditional, stats };
}
