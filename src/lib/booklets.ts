// The booklets of the printable kit: one per volume of the library (src/lib/partition.ts) and script, and which
// volumes a build prints. Pure, and free of the UI strings (scripts/assemble.ts reads it through the manifest, in
// plain Node); a volume's name is bookletName in src/lib/kit.ts.
import { volumes, WHOLE_LIBRARY, type PartDoc, type Volume } from './partition.ts';

export interface Booklet extends Volume {
  /** its place (1-based) among the volumes of its type and year, when that year fills more than one */
  part?: number;
}

/** Every booklet volume of the library, in the partition's order, each with its place in its type and year. */
export function booklets(library: PartDoc[], size: number): Booklet[] {
  const vols = volumes(library, size);
  const group = (v: Volume) => `${v.type}|${v.year}`;
  const count = new Map<string, number>();
  for (const v of vols) count.set(group(v), (count.get(group(v)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return vols.map((v) => {
    if (v.key === WHOLE_LIBRARY || count.get(group(v))! < 2) return v;
    seen.set(group(v), (seen.get(group(v)) ?? 0) + 1);
    return { ...v, part: seen.get(group(v))! };
  });
}

/**
 * The booklets this build prints: the volumes whose documents it renders (every volume, or with SHARD=k/n part k's).
 * A part holds whole volumes by construction; a volume it holds only some documents of is a broken cut and fails.
 */
export function bookletsToPrint(library: PartDoc[], rendered: Iterable<string>, size: number): Booklet[] {
  const have = new Set(rendered);
  return booklets(library, size).filter((b) => {
    const held = b.docIds.filter((id) => have.has(id));
    if (held.length && held.length < b.docIds.length) {
      const lacking = b.docIds.filter((id) => !have.has(id));
      throw new Error(
        `booklet ${b.key}: this build renders ${held.length} of its ${b.docIds.length} documents (not ${lacking.join(', ')}): a part must hold whole volumes`,
      );
    }
    return held.length > 0;
  });
}
