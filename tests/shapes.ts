import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { visit } from '../src/lib/pipeline/tree.ts';
import type { Block } from '../src/lib/pipeline/types.ts';
import { ROOT } from './helpers.ts';

/** Public documents of every shape the pipeline knows, with counts checked by hand: tests/fixtures/shapes/. */
export const SHAPES = join(ROOT, 'tests/fixtures/shapes');

export interface ShapeCounts {
  kind: string;
  origin: string;
  [count: string]: number | string | undefined;
}

export const handCounts = (): Record<string, ShapeCounts> => parse(readFileSync(join(SHAPES, 'counts.yml'), 'utf8')) as Record<string, ShapeCounts>;

/** What the hand counts count, read off a structured document. */
export function structureCounts(blocks: Block[]): Record<string, number> {
  const c: Record<string, number> = { notices: 0, plans: 0, books: 0, chapters: 0, divisions: 0, articles: 0, paragraphs: 0, points: 0, parts: 0, items: 0, annexes: 0 };
  Object.assign(c, { tables: 0, rows: 0, cells: 0, questions: 0, answers: 0, notes: 0, decimal: 0, signatures: 0, dates: 0, texts: 0 });
  visit(blocks, (b, ancestors) => {
    const parent = ancestors.at(-1);
    if (b.kind === 'table') {
      c.tables!++;
      c.rows! += b.rows.length;
      c.cells! += b.rows.flat().length + (b.head?.length ?? 0);
    } else if (b.kind === 'section') {
      const key = { book: 'books', chapter: 'chapters', division: 'divisions', article: 'articles', part: 'parts', item: 'items', annex: 'annexes', qa: 'questions', notice: 'notices', plan: 'plans' }[b.role as string];
      if (b.id.includes('d-')) c.decimal!++;
      else if (key) c[key]!++;
    } else if (b.kind === 'para') {
      c.texts!++;
      if (parent?.kind === 'section' && parent.role === 'qa') c.answers!++;
      if (b.role === 'point') c.points!++;
      else if (b.role === 'footnote') c.notes!++;
      else if (b.role === 'signature') c.signatures!++;
      else if (b.role === 'date') c.dates!++;
      // 款: the paragraphs of a regulation's article
      else if (parent?.kind === 'section' && parent.role === 'article' && parent.num?.startsWith('第')) c.paragraphs!++;
    }
  });
  return c;
}
