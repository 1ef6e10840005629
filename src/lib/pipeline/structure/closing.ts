import { visit } from '../tree.ts';
import type { Block, Para } from '../types.ts';
import { DATE_LINE, TITLE_LIKE } from './parts-state.ts';

/** A text that closes with its issuer and date (not in a 通知 cover): shown as a signature block, right-aligned. */
export function markSignature(blocks: Block[]): void {
  const paras: Para[] = [];
  visit(blocks, (b) => {
    if (b.kind === 'para' && b.role !== 'footnote') paras.push(b);
  });
  const [sig, date] = paras.slice(-2);
  if (!date || (date.role && date.role !== 'date') || !DATE_LINE.test(date.text)) return;
  date.role = 'date';
  if (sig && !sig.role && sig.text.length <= 30 && TITLE_LIKE(sig.text)) sig.role = 'signature';
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
