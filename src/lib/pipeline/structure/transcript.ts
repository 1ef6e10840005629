import type { Block as SourceBlock } from '../clean/types.ts';
import type { Attribution, Meta } from '../../schema/meta.ts';
import type { Block, Heading, Para, Speaker, Turn } from '../types.ts';
import { paraCounter } from './ids.ts';
import { joinLines, matchKey } from '../text.ts';

const OUTLET_LABEL = /^(.{2,20}?记者)[：:]$/u;
const SPEAKER_LABEL = /^(\p{sc=Han}{2,4})[：:]\s*/u;
const INLINE_HEADING = /^[一二三四五六七八九十]{1,3}、[^。，；！？]{2,30}$/u;
const QUESTION = (t: string) => /[？?]$/.test(t) && t.length < 400;
const TITLE_LIKE = (t: string) => t.length <= 60 && !/[。，；！？]/.test(t);

function attribute(first: string, attributions: Attribution[], roles: Map<string, string | undefined>, docId: string): Speaker | undefined {
  const key = matchKey(first);
  const a = attributions.find((x) => key.startsWith(matchKey(x.startsWith)));
  if (!a) return undefined;
  const s: Speaker = { name: a.speaker, inferred: a.inferred, from: `${docId}/meta.yml` };
  const role = roles.get(a.speaker);
  if (role) s.position = role;
  if (a.confidence) s.confidence = a.confidence;
  return s;
}

export interface TranscriptResult {
  blocks: Block[];
  sourceTitle?: string;
  /** attributions that matched no turn: an editor's typo, reported as an error */
  unmatched: number[];
}

/**
 * Stage 2 for transcripts. Turns are delimited by labels (`高本伟：`, `新黄河记者：`); in a source whose paragraphs were
 * collapsed into one line per turn, each source line is a turn. Text before the first speaker or question is the intro.
 */
export function structureTranscript(source: SourceBlock[], meta: Meta, docId: string, linePerTurn: boolean): TranscriptResult {
  const nextP = paraCounter();
  const nextH = paraCounter('h');
  const roles = new Map((meta.speakers ?? []).map((s) => [s.name, s.role]));
  const known = (name: string) => (roles.size ? roles.has(name) : true) && !name.endsWith('记者');
  const attributions = meta.attributions ?? [];
  const used = new Set<number>();
  const blocks: Block[] = [];
  const turns: Turn[] = [];
  let sourceTitle: string | undefined;
  let current: Turn | undefined;
  let pendingOutlet: string | undefined;
  let lastLine = -1;
  const newTurn = (t: Omit<Turn, 'kind' | 'id' | 'sources' | 'children'>): Turn => {
    const turn: Turn = { kind: 'turn', id: `turn-${turns.length + 1}`, sources: [docId], children: [], ...t };
    turns.push(turn);
    blocks.push(turn);
    return turn;
  };
  const para = (text: string): Para | Heading =>
    INLINE_HEADING.test(text) ? { kind: 'heading', id: nextH(), level: 3, text } : { kind: 'para', id: nextP(), text };

  source.forEach((b, i) => {
    const text = joinLines(b.lines);
    if (i === 0 && TITLE_LIKE(text)) {
      sourceTitle = text;
      return;
    }
    const outlet = OUTLET_LABEL.exec(text);
    if (outlet) {
      pendingOutlet = outlet[1];
      current = undefined;
      return;
    }
    const label = SPEAKER_LABEL.exec(text);
    const startsTurn = pendingOutlet !== undefined || (label && known(label[1]!)) || (linePerTurn && b.n !== lastLine);
    lastLine = b.n;
    if (!startsTurn && current) {
      current.children.push(para(text));
      return;
    }
    if (pendingOutlet !== undefined) {
      current = newTurn({ turn: 'question', outlet: pendingOutlet });
      pendingOutlet = undefined;
      current.children.push(para(text));
      return;
    }
    if (label && known(label[1]!)) {
      const name = label[1]!;
      const speaker: Speaker = { name, inferred: false, from: docId };
      const role = roles.get(name);
      if (role) speaker.position = role;
      current = newTurn({ turn: 'answer', speaker });
      current.children.push(para(text.slice(label[0].length)));
      return;
    }
    const idx = attributions.findIndex((a) => matchKey(text).startsWith(matchKey(a.startsWith)));
    const speaker = idx >= 0 ? attribute(text, attributions, roles, docId) : undefined;
    if (idx >= 0) used.add(idx);
    if (!speaker && QUESTION(text)) {
      current = newTurn({ turn: 'question' });
    } else if (speaker || turns.length) {
      current = newTurn(speaker ? { turn: 'answer', speaker } : { turn: 'answer' });
    } else {
      blocks.push({ kind: 'para', id: nextP(), text, role: 'intro' });
      current = undefined;
      return;
    }
    current.children.push(para(text));
  });
  classify(turns);
  return { blocks, sourceTitle, unmatched: attributions.flatMap((_, i) => (used.has(i) ? [] : [i])) };
}

/** The host opens; an answer given before any question is a statement. */
function classify(turns: Turn[]): void {
  let asked = false;
  for (const t of turns) {
    if (t.turn === 'question') asked = true;
    else if (t.speaker?.name === '主持人') t.turn = 'host';
    else if (!asked) t.turn = 'statement';
  }
}
