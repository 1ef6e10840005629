import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogFile } from '../catalog.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Event } from '../pipeline/events.ts';
import type { Target, TargetIndex } from '../pipeline/targets.ts';
import type { TermEntry } from '../pipeline/terms.ts';

/**
 * The pipeline's whole-library files (content/generated/<name>.json), read from disk when first asked for and kept
 * while the file is unchanged. Read, not imported: as JSON modules they were bundled into every part of a build
 * (terms.json is 42 MB at 10,000 documents), so a part's build grew with the library.
 */
interface Generated {
  catalog: CatalogFile[];
  /** the figures' deadlines and kinds by document; the figures are read a document at a time (targetsOf) */
  targets: TargetIndex;
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

/** The documents whose figures were read last: a slice of 指标一览 or a part of the data reads its documents' files
 * together, the next one mostly others, so a few are kept. */
const read = new Map<string, Record<Locale, Target[]>>();
const KEEP = 64;
let readWith: TargetIndex | undefined;

/** One document's figures in one script (content/generated/targets/<document>.json; none if it has no file). */
export function targetsOf(locale: Locale, docId: string): Target[] {
  // a new run of the pipeline (a new index) makes every document's file new
  const index = generatedJson('targets');
  if (index !== readWith) {
    read.clear();
    readWith = index;
  }
  const file = join(process.cwd(), 'content/generated/targets', `${docId}.json`);
  let both = read.get(file);
  if (!both) {
    both = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<Locale, Target[]>) : ({} as Record<Locale, Target[]>);
    read.set(file, both);
    if (read.size > KEEP) read.delete(read.keys().next().value!);
  }
  return both[locale] ?? [];
}

/** The figure a reference points to, in one script. */
export function targetAt(locale: Locale, ref: TargetRef): Target {
  const t = targetsOf(locale, ref.doc)[ref.at];
  if (!t) throw new Error(`content/generated/targets/${ref.doc}.json has no figure ${ref.at + 1} (run npm run content)`);
  return t;
}
