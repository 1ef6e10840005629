import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../catalog.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Event } from '../pipeline/events.ts';
import type { Target } from '../pipeline/targets.ts';
import type { TermEntry } from '../pipeline/terms.ts';

/**
 * The pipeline's whole-library files (content/generated/<name>.json), read from disk when first asked for and kept
 * while the file is unchanged. Read, not imported: as JSON modules they were bundled into every part of a build
 * (targets.json is 164 MB at 10,000 documents), so a part's build grew with the library.
 */
interface Generated {
  catalog: CatalogFile[];
  targets: Record<Locale, Target[]>;
  terms: Record<Locale, TermEntry[]>;
  events: Record<Locale, Event[]>;
}

const kept = new Map<string, { mtime: number; value: unknown }>();

/** `root` is the project folder (the working directory unless a script or test builds another). */
export function generatedJson<K extends keyof Generated>(name: K, root = process.cwd()): Generated[K] {
  const file = join(root, 'content/generated', `${name}.json`);
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    throw new Error(`content/generated/${name}.json is missing: run npm run content`);
  }
  const have = kept.get(file);
  if (have?.mtime === mtime) return have.value as Generated[K];
  const value = JSON.parse(readFileSync(file, 'utf8')) as Generated[K];
  kept.set(file, { mtime, value });
  return value;
}

const byDoc = new WeakMap<Target[], Map<string, Target[]>>();
/** One document's figures in one script (an index made once per file read, not a scan of the library per document). */
export function targetsOf(locale: Locale, docId: string): Target[] {
  const all = generatedJson('targets')[locale] ?? [];
  let index = byDoc.get(all);
  if (!index) {
    index = new Map();
    for (const t of all) (index.get(t.doc) ?? index.set(t.doc, []).get(t.doc)!).push(t);
    byDoc.set(all, index);
  }
  return index.get(docId) ?? [];
}
