import { joinLines, OPENS } from '../text.ts';
import type { Block, Line, Sidebar } from './types.ts';

const ENDS_SENTENCE = /[。！？!?”…：:）)」』》]$/;
const HAS_CLAUSE_MARK = /[,，、。；;]/;
/** short, no clause punctuation: a heading, a sidebar heading or a byline */
const HEADING_LIKE = (b: Block) => b.lines.length <= 2 && b.lines.every((l) => l.length <= 40 && !/[。，,；;]/.test(l));
const SHORT = (b: Block) => b.lines.length === 1 && b.lines[0]!.length <= 90;

/** Group lines into blocks: blank-line separated when the source has blank lines, else one line per block. */
export function toBlocks(lines: Line[]): { blocks: Block[]; separated: boolean } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const last = lines.findLastIndex((l) => l.text.trim() !== '');
  const interiorBlanks = lines.slice(first, last + 1).filter((l) => l.text.trim() === '').length;
  /** blank lines between paragraphs mark a source whose line breaks are not paragraph breaks */
  const hasBlank = interiorBlanks >= 2;
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let prev = -1;
  for (const l of lines) {
    if (l.text.trim() === '') {
      cur = undefined;
      continue;
    }
    // pieces of one source line are paragraphs the space cleaner split apart (a collapsed break): never regrouped
    const split = l.n === prev;
    prev = l.n;
    if (!hasBlank || !cur || l.alone || split) {
      cur = { n: l.n, lines: [] };
      blocks.push(cur);
    }
    cur.lines.push(l.text);
    if (l.alone) cur = undefined;
  }
  return { blocks, separated: hasBlank };
}

/** an adoption or promulgation line ends where its verb does: …会议、…会议通过, …公布, …批准 */
const DATELINE = /^(?=.*(?:\d{4}年|[〇○零一二三四五六七八九]{4}年|会议|會議)).*(?:通过|通過|发布|發布|公布|批准|施行|印发|印發)[）)]?$/u;

/** A one-line block cut mid-sentence by a page break: it has clause punctuation but does not end a sentence (a line that
 *  opens with a structure marker, 第三节 or （一）, is a heading or an item, and a dateline is whole, never a fragment). */
const isDangling = (b: Block) =>
  b.lines.length === 1 && !OPENS.test(b.lines[0]!) && !/^\d+\./.test(b.lines[0]!) && !ENDS_SENTENCE.test(b.lines[0]!) && !DATELINE.test(b.lines[0]!) && HAS_CLAUSE_MARK.test(b.lines[0]!);

/**
 * A sidebar dropped into a sentence: after a dangling block, a title and ≥ 3 pairs of (short heading, short text)
 * that end before the block that continues the sentence.
 */
function sidebarAt(blocks: Block[], i: number): { sidebar: Sidebar; end: number } | undefined {
  const title = blocks[i];
  if (!title || !HEADING_LIKE(title) || title.lines.length !== 1) return undefined;
  const items: Sidebar['items'] = [];
  let j = i + 1;
  while (j + 1 < blocks.length && HEADING_LIKE(blocks[j]!) && blocks[j]!.lines.length === 1 && SHORT(blocks[j + 1]!) && !HEADING_LIKE(blocks[j + 1]!)) {
    items.push({ heading: blocks[j]!.lines[0]!, text: blocks[j + 1]!.lines[0]! });
    j += 2;
  }
  if (items.length < 3 || j >= blocks.length) return undefined;
  return { sidebar: { n: title.n, title: title.lines[0]!, items }, end: j };
}

/** Join page-break splits and lift out a sidebar that interrupted a sentence. */
export function repairBlocks(input: Block[]): { blocks: Block[]; sidebars: Sidebar[]; joins: number } {
  const blocks: Block[] = [];
  const sidebars: Sidebar[] = [];
  let joins = 0;
  for (let i = 0; i < input.length; i++) {
    let b = input[i]!;
    while (isDangling(b) && i + 1 < input.length) {
      const side = sidebarAt(input, i + 1);
      let next = i + 1;
      if (side) {
        sidebars.push(side.sidebar);
        next = side.end;
      } else if (HEADING_LIKE(input[next]!)) break;
      b = { n: b.n, lines: [joinLines([b.lines[0]!, ...input[next]!.lines])] };
      joins++;
      i = next;
    }
    blocks.push(b);
  }
  return { blocks, sidebars, joins };
}
