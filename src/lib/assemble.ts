// A library built in parts (SHARD=k/n, one Astro run each, on one machine or many) joined into one site: every
// part's files copied into one folder, a file two parts both wrote kept only when the bytes agree, then the one
// manifest and the PDF sizes written over the whole. The search index is built on the joined site afterwards.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeManifest } from './manifest.ts';
import type { KitEntry } from './pdf/kit-entry.ts';
import { fillPdfInfo } from './pdf/pdf-info.ts';
import { ContentError } from './schema/friendly.ts';

/** What a part leaves beside its pages for the assembly: which part it is and the PDFs it rendered. */
export interface PartRecord {
  shard: [number, number];
  kit: KitEntry[];
  /** “{n} 页” by html lang, as the part's pages name a PDF's page count */
  pagesWord: Record<string, string>;
}

export const PART_FILE = 'part.json';

export class AssemblyError extends ContentError {
  override name = 'AssemblyError';
}

export const writePart = (dir: string, part: PartRecord): void => writeFileSync(join(dir, PART_FILE), `${JSON.stringify(part)}\n`);

function readPart(dir: string): PartRecord {
  const file = join(dir, PART_FILE);
  if (!existsSync(file)) throw new AssemblyError(file, undefined, undefined, 'not a part of a sharded build (no part.json): build it with SHARD=k/n');
  return JSON.parse(readFileSync(file, 'utf8')) as PartRecord;
}

/** Check the parts are exactly 1..n of one n; returns them in part order. */
export function checkParts(dirs: string[]): { dir: string; part: PartRecord }[] {
  const parts = dirs.map((dir) => ({ dir, part: readPart(dir) })).sort((a, b) => a.part.shard[0] - b.part.shard[0]);
  const n = parts[0]?.part.shard[1] ?? 0;
  const have = parts.map((p) => p.part.shard.join('/'));
  const want = Array.from({ length: n }, (_, i) => `${i + 1}/${n}`);
  if (!n || have.join() !== want.join()) {
    throw new AssemblyError(dirs.join(', '), undefined, undefined, `expected the parts ${want.join(', ') || '1/n…'}; got ${have.join(', ') || 'none'}`);
  }
  return parts;
}

const same = (a: string, b: string) => statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));

/**
 * Join the parts into `out` (which must not exist): files copied, a file in two parts compared byte for byte (the
 * pages about the whole library are the same in every part that makes them); then manifest.json and every page's
 * “N 页 · 420 KB” from all parts' PDFs. `root` is the project (content/generated), `base` the site base.
 */
export function assembleParts(dirs: string[], out: string, root: string, base: string): { files: number; kit: KitEntry[] } {
  const parts = checkParts(dirs);
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  const from = new Map<string, string>();
  for (const { dir } of parts) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      const src = join(dir, f);
      if (f === PART_FILE || !statSync(src).isFile()) continue;
      const dest = join(out, f);
      if (from.has(f)) {
        if (!same(src, dest)) throw new AssemblyError(src, undefined, undefined, `differs from the same file in ${from.get(f)}: the parts were not built from the same sources and options`);
        continue;
      }
      mkdirSync(dirname(dest), { recursive: true });
      copyFileSync(src, dest);
      from.set(f, dir);
      files++;
    }
  }
  const kit = parts.flatMap((p) => p.part.kit).sort((a, b) => a.pdf.localeCompare(b.pdf));
  if (kit.length) fillPdfInfo(out, kit, parts[0]!.part.pagesWord);
  writeManifest(out, root, base, kit);
  return { files, kit };
}
