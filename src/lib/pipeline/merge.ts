import type { Block, Para, StructuredDoc, Turn, VariantDiff } from './types.ts';
import { matchKey } from './text.ts';
import { mapTree, textOf } from './tree.ts';
import { dice, sentences } from './similarity.ts';

/** Measured on the seeds: matching answers score 0.93–0.99, different answers below 0.35. */
export const TURN_MATCH = 0.6;

/** What a turn says: its paragraphs and headings, without labels or notes. */
const turnText = (t: Turn) => textOf(t.children, { notes: false, subtitles: false });

/**
 * Stage 3: merge a variant record of the same event into the base transcript. The base's wording stays; the
 * variant contributes questions, outlets and speaker labels for the answers it shares (aligned by similarity, not
 * position), and every sentence it words differently is listed as a difference.
 */
export function mergeVariant(base: StructuredDoc, variant: StructuredDoc, roles: Map<string, string | undefined>): StructuredDoc {
  const baseTurns = base.blocks.filter((b): b is Turn => b.kind === 'turn');
  const variantTurns = variant.blocks.filter((b): b is Turn => b.kind === 'turn');
  const diffs: VariantDiff[] = [];
  const inserts = new Map<Turn, Turn>();
  const appended: Turn[] = [];
  variantTurns.forEach((vt, vi) => {
    if (vt.turn === 'question') return;
    const scored = baseTurns.filter((t) => t.turn !== 'question').map((t) => ({ t, s: dice(turnText(t), turnText(vt)) }));
    const best = scored.sort((a, b) => b.s - a.s)[0];
    const question = variantTurns[vi - 1]?.turn === 'question' ? variantTurns[vi - 1] : undefined;
    if (!best || best.s < TURN_MATCH) {
      if (question) appended.push(question);
      appended.push(vt);
      return;
    }
    const bt = best.t;
    if (vt.speaker && (!bt.speaker || bt.speaker.inferred)) {
      bt.speaker = { ...vt.speaker, position: vt.speaker.position ?? roles.get(vt.speaker.name) };
      if (!bt.speaker.position) delete bt.speaker.position;
    }
    bt.sources = [...new Set([...bt.sources, ...vt.sources])];
    const bi = base.blocks.indexOf(bt);
    const prev = base.blocks[bi - 1];
    if (question) {
      if (prev?.kind === 'turn' && prev.turn === 'question') {
        if (!prev.outlet && question.outlet) prev.outlet = question.outlet;
        prev.sources = [...new Set([...prev.sources, ...question.sources])];
      } else inserts.set(bt, question);
    }
    const baseText = matchKey(turnText(bt));
    const baseSentences = sentences(turnText(bt));
    for (const s of sentences(turnText(vt))) {
      if (baseText.includes(matchKey(s))) continue;
      const match = baseSentences.map((b) => ({ b, d: dice(b, s) })).sort((x, y) => y.d - x.d)[0];
      diffs.push({ turnId: bt.id, base: match && match.d > 0.3 ? match.b : '', variant: s });
    }
  });
  const blocks: Block[] = [];
  for (const b of base.blocks) {
    if (b.kind === 'turn' && inserts.has(b)) blocks.push(inserts.get(b)!);
    blocks.push(b);
  }
  blocks.push(...appended);
  const merged: StructuredDoc = { ...base, blocks: markMissingQuestions(blocks) };
  merged.variants = [...(base.variants ?? []), { docId: variant.meta.id, title: variant.meta.title, diffs }];
  return merged;
}

/** Once questions have started, an answer that follows an answer had a question nobody recorded. */
function markMissingQuestions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let asked = false;
  for (const b of blocks) {
    const prev = out.at(-1);
    if (b.kind === 'turn' && b.turn === 'answer' && asked && prev?.kind === 'turn' && prev.turn !== 'question') {
      out.push({ kind: 'turn', id: '', turn: 'missing-question', sources: [], children: [] });
    }
    if (b.kind === 'turn' && b.turn === 'question') asked = true;
    out.push(b);
  }
  return out;
}

/** Give every turn, paragraph and inline heading a sequential anchor after merging: turn-N, p-N, h-N. */
export function renumber(doc: StructuredDoc): StructuredDoc {
  const n = { turn: 0, p: 0, h: 0 };
  const idMap = new Map<string, string>();
  const blocks = mapTree(doc.blocks, (b) => {
    if (b.kind === 'turn') {
      const id = `turn-${++n.turn}`;
      if (b.id) idMap.set(b.id, id);
      return { ...b, id };
    }
    if (b.kind === 'para') return { ...b, id: `p-${++n.p}` } satisfies Para;
    if (b.kind === 'heading' && b.id.startsWith('h-')) return { ...b, id: `h-${++n.h}` };
    return b;
  });
  const out: StructuredDoc = { ...doc, blocks };
  if (doc.variants) {
    out.variants = doc.variants.map((v) => ({ ...v, diffs: v.diffs.map((d) => ({ ...d, turnId: idMap.get(d.turnId) ?? d.turnId })) }));
  }
  return out;
}
