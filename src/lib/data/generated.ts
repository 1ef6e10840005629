import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../catalog.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Event } from '../pipeline/events.ts';
import type { Target, TargetIndex } from '../pipeline/targets.ts';
import type { TermHead, TermUse } from '../pipeline/terms.ts';

/**
 * The pipeline's whole-library files (content/generated/<name>.json), read from disk when first asked for and kept
 * while the file is unchanged. Read, not imported: as JSON modules they were bundled into every part of a build
 * (terms.json is 42 MB at 10,000 documents), so a part's build grew with the library.
 */
interface Generated {
  catalog: CatalogFile[];
  /** the figures' deadlines and kinds by document; the figures are read a document at a time (targetsOf) */
  targets: TargetIndex;
  /** the terms' heads; each term's uses are read a term at a time (termUses) */
  terms: Record<Locale, TermHead[]>;
  events: Record<Locale, Event[]>;
}

type Kept = Map<string, { mtime: number; value: unknown }>;

/** A JSON file parsed, kept in `cache` while the file is unchanged (at most `keep` files, the oldest let go first);
 * undefined if there is no such file. */
function cachedJson<T>(cache: Kept, file: string, keep = Infinity): T | undefined {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
  const have = cache.get(file);
  if (have?.mtime === mtime) return have.value as T;
  const value = JSON.parse(readFileSync(file, 'utf8')) as T;
  cache.set(file, { mtime, value });
  if (cache.size > keep) cache.delete(cache.keys().next().value!);
  return value;
}

const kept: Kept = new Map();

/** `root` is the project folder (the working directory unless a script or test builds another). */
export function generatedJson<K extends keyof Generated>(name: K, root = process.cwd()): Generated[K] {
  const value = cachedJson<Generated[K]>(kept, join(root, 'content/generated', `${name}.json`));
  if (value === undefined) throw new Error(`content/generated/${name}.json is missing: run npm run content`);
  return value;
}

/** A figure as the pages and files are planned from the index: its document, deadline, kind and place there. */
export interface TargetRef {
  doc: string;
  deadline: string | undefined;
  kind: Target['kind'];
  /** its position among the document's figures (targetsOf) */
  at: number;
}

const refsOf = new WeakMap<TargetIndex, TargetRef[]>();
/** Every figure of the library, in the pipeline's order, as references (a few bytes each, not the figures). */
export function targetRefs(): TargetRef[] {
  const index = generatedJson('targets');
  let refs = refsOf.get(index);
  if (!refs) {
    refs = index.docs.flatMap((d) => d.kinds.map((kind, at) => ({ doc: d.doc, deadline: d.deadlines[at] ?? undefined, kind, at })));
    refsOf.set(index, refs);
  }
  return refs;
}

/** The documents whose figures were read last, each while its file is unchanged (the preview rewrites a document's
 * file alone when only its figures' wording changed): a slice of 指标一览 or a part of the data reads its documents'
 * files together, the next one mostly others, so a few are kept. */
const read: Kept = new Map();

/** One document's figures in one script (content/generated/targets/<document>.json; none if it has no file). */
export const targetsOf = (locale: Locale, docId: string): Target[] =>
  cachedJson<Record<Locale, Target[]>>(read, join(process.cwd(), 'content/generated/targets', `${docId}.json`), 64)?.[locale] ?? [];

/** The figure a reference points to, in one script. */
export function targetAt(locale: Locale, ref: TargetRef): Target {
  const t = targetsOf(locale, ref.doc)[ref.at];
  if (!t) throw new Error(`content/generated/targets/${ref.doc}.json has no figure ${ref.at + 1} (run npm run content)`);
  return t;
}

/** The terms whose uses were read last: a list page reads its hundred terms', a term's own pages that term's. */
const uses: Kept = new Map();

/** Every document that uses a term, with its occurrences' anchors (content/generated/terms/<id>.json, both scripts). */
export function termUses(id: string): TermUse[] {
  const value = cachedJson<TermUse[]>(uses, join(process.cwd(), 'content/generated/terms', `${id}.json`), 128);
  if (!value) throw new Error(`content/generated/terms/${id}.json is missing (run npm run content)`);
  return value;
}
