import { visit } from '../tree.ts';
import type { Block, Para } from '../types.ts';
import { DATE_LINE, TITLE_LIKE } from './parts-state.ts';

/** A signer after the date (Macao's and Hong Kong's order: 二零二三年九月七日 / 行政長官 賀一誠): an office and a name. */
const SIGNER_AFTER = /^[\p{sc=Han}·・\s]{2,30}$/u;

/**
 * A text that closes with its issuer and date (not in a 通知 cover): shown as a signature block, right-aligned. The
 * issuer is above the date, or below it when it is an office and a name alone.
 */
export function markSignature(blocks: Block[]): void {
  const paras: Para[] = [];
  visit(blocks, (b) => {
    if (b.kind === 'para' && b.role !== 'footnote') paras.push(b);
  });
  const [before, last] = paras.slice(-2);
  const free = (p: Para | undefined) => !!p && (!p.role || p.role === 'date');
  if (free(last) && DATE_LINE.test(last!.text)) {
    last!.role = 'date';
    if (before && !before.role && before.text.length <= 30 && TITLE_LIKE(before.text)) before.role = 'signature';
  } else if (free(before) && DATE_LINE.test(before!.text) && last && !last.role && SIGNER_AFTER.test(last.text)) {
    before!.role = 'date';
    last.role = 'signature';
  }
}

/** A note at the end of the text: ① …, [1] …, or 注：① … */
export const NOTE = /^(?:注[:：]\s*)?([①-⑳]|\[\d{1,2}\]|〔\d{1,2}〕)/u;

/** The trailing paragraphs that define notes whose markers occur earlier in the text: role footnote. */
export function markNotes(blocks: Block[]): void {
  const paras: Para[] = [];
  visit(blocks, (b) => {
    if (b.kind === 'para') paras.push(b);
  });
  let first = paras.length;
  while (first > 0 && !paras[first - 1]!.role && NOTE.test(paras[first - 1]!.text)) first--;
  const before = paras
    .slice(0, first)
    .map((p) => p.text)
    .join('');
  for (const p of paras.slice(first)) {
    if (before.includes(NOTE.exec(p.text)![1]!)) p.role = 'footnote';
  }
}
