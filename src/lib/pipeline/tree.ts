import type { Block, Section, Turn } from './types.ts';

/**
 * The one walk over the block tree (after unist-util-visit and mdast-util-to-string). Every stage reads the tree
 * through these functions, so a new block kind is taught to the pipeline here, once: no feature can silently skip
 * its text by forgetting it in a walk of its own (tests/unit/tree.test.ts fails on a recursive walk elsewhere).
 */

/** A block that holds other blocks. */
export type Parent = Section | Turn;

/** Returned by a visitor: do not enter this block's children. */
export const SKIP = Symbol('skip');

export type Visitor = (block: Block, ancestors: readonly Parent[]) => void | typeof SKIP;

export const isParent = (b: Block): b is Parent => b.kind === 'section' || b.kind === 'turn';

/** Every block in reading order (depth first, a parent before its children), with the parents around it. */
export function visit(blocks: readonly Block[], fn: Visitor, ancestors: readonly Parent[] = []): void {
  for (const b of blocks) {
    if (fn(b, ancestors) === SKIP || !isParent(b)) continue;
    visit(b.children, fn, [...ancestors, b]);
  }
}

/** A new tree: `fn` maps each block, a parent before its children (which are then mapped in turn). */
export function mapTree(blocks: readonly Block[], fn: (block: Block) => Block): Block[] {
  return blocks.map((b) => {
    const out = fn(b);
    return isParent(out) ? { ...out, children: mapTree(out.children, fn) } : out;
  });
}

export interface TextOptions {
  /** a paragraph's lead-department note, （省发展改革委牵头）: default true */
  notes?: boolean;
  /** sidebars lifted out of the text (title, headings, texts): default true */
  asides?: boolean;
  /** the second line of a heading or section (a deck): default true */
  subtitles?: boolean;
  /** a turn's speaker name and position and a question's outlet: default false (labels, not the text) */
  labels?: boolean;
}

/** The strings a block holds itself (not its children's), in reading order, empty ones left out. */
export function ownTexts(b: Block, opts: TextOptions = {}): string[] {
  const { notes = true, asides = true, subtitles = true, labels = false } = opts;
  const out: (string | undefined)[] =
    b.kind === 'para'
      ? [b.text, notes ? b.note : undefined]
      : b.kind === 'heading'
        ? [b.text, subtitles ? b.subtitle : undefined]
        : b.kind === 'section'
          ? [b.title, subtitles ? b.subtitle : undefined]
          : b.kind === 'turn'
            ? labels
              ? [b.speaker?.name, b.speaker?.position, b.outlet]
              : []
            : b.kind === 'table'
              ? [...(b.head ?? []), ...b.rows.flat()]
              : asides
                ? [b.title, ...b.items.flatMap((i) => [i.heading, i.text])]
                : [];
  return out.filter((s): s is string => !!s);
}

/** Every string of the blocks and their descendants, in reading order. */
export function textsOf(blocks: readonly Block[], opts: TextOptions = {}): string[] {
  const out: string[] = [];
  visit(blocks, (b) => {
    out.push(...ownTexts(b, opts));
  });
  return out;
}

/** The blocks' text as one string (no separator: Chinese runs on; use joinLines for source lines). */
export const textOf = (blocks: readonly Block[], opts: TextOptions = {}): string => textsOf(blocks, opts).join('');
