import type { Facts } from './facts.ts';

/** What a reader makes of a source file: the pipeline's text, facts the file states, and where each line came from. */
export interface Read {
  /** lines, a blank line between paragraphs: the same text a source.txt gives the pipeline */
  raw: string;
  facts: Facts;
  /** per line of `raw`, for messages: “page 3”, “paragraph 12”; absent for source.txt, whose lines are the file's */
  place?: string[];
}

/** For messages: the n-th paragraph of the file each line of the text came from. */
export function paragraphs(raw: string): string[] {
  let n = 0;
  let blank = true;
  return raw.split('\n').map((l) => {
    if (l.trim() && blank) n++;
    blank = !l.trim();
    return `paragraph ${n}`;
  });
}
