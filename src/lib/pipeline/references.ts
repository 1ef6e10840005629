import type { CrossLink } from './crosslinks.ts';
import { chineseNumber } from './structure/numerals.ts';
import { NOTE } from './structure/closing.ts';
import { mapTree, visit } from './tree.ts';
import type { Para, Ref, Section, StructuredDoc } from './types.ts';

/**
 * A regulation's references to its own articles and chapters (本办法第十二条, 第三章, 前款) and to another document's
 * (《某某办法》第五条, 《办法》第五条 in its interpretation): each becomes a link in the text; one to another document is
 * also a cross-link (引用 / 被引用 on both ends). Note markers link to their notes and back.
 */
const NUM = '[一二三四五六七八九十百零〇两\\d]{1,7}';
const REF = new RegExp(`(?:《([^《》]{2,60})》(?:（以下简称《[^《》]{1,30}》）)?|本(?:办法|条例|规定|细则|规则|法|决定|实施细则|章程))?第(${NUM})([条章])`, 'gu');
/** between two references of one list (第二十八条、第三十条, 第五条第二款和第六条, 第十条至第十二条): the second is the first's document's */
const LIST_GAP = new RegExp(`^(?:第${NUM}[款项目])*(?:、|和|及|以及|或者|或|与|至|到)$`, 'u');
/** a bare 第N条 right after another law's name without marks (依照刑法第二十条, 民法典第二十条, 仲裁法第六十一条) is that law's, not this text's */
const OTHER_LAW = /\p{sc=Han}(?:法|法典|典|条例|办法|规定|细则|规则|解释|决定|章程|公约|协定)$/u;

const isRegulationPart = (s: Section) => (s.role === 'article' && s.num?.startsWith('第')) || s.role === 'chapter';

/** art-N and chap-N anchors of a document's own regulation (not inside its attachments). */
function anchorsOf(doc: StructuredDoc): Set<string> {
  const ids = new Set<string>();
  visit(doc.blocks, (b) => {
    if (b.kind === 'section' && isRegulationPart(b) && !b.id.startsWith('annex-')) ids.add(b.id);
  });
  return ids;
}

/** The one document a bracketed title names: its title, or the short name an interpretation uses for its text. */
function named(title: string, from: StructuredDoc, docs: StructuredDoc[]): StructuredDoc | undefined {
  const hits = docs.filter((d) => d !== from && !d.mergedInto && d.meta.title.includes(title));
  if (hits.length === 1) return hits[0];
  const near = hits.filter((d) => from.meta.interprets?.includes(d.meta.id) || from.meta.related?.includes(d.meta.id));
  return near.length === 1 ? near[0] : undefined;
}

/** The document a reference is to: the one its 《title》 names, this one (本办法, or bare), the previous reference's
 * in a list, none when it follows another law's name. */
function targetOf(m: RegExpExecArray, text: string, last: { end: number; target: StructuredDoc | undefined } | undefined, doc: StructuredDoc, docs: StructuredDoc[]): StructuredDoc | undefined {
  if (m[1]) return named(m[1], doc, docs);
  if (m[0].startsWith('本')) return doc;
  if (last && LIST_GAP.test(text.slice(last.end, m.index))) return last.target;
  const before = text.slice(0, m.index);
  // 本暂行办法第五条 is this text's own
  return OTHER_LAW.test(before) && !/本\p{sc=Han}{0,5}$/u.test(before) ? undefined : doc;
}

export function findReferences(docs: StructuredDoc[]): { refs: Map<string, Ref[]>; links: CrossLink[] } {
  const anchors = new Map(docs.map((d) => [d.meta.id, anchorsOf(d)]));
  const refs = new Map<string, Ref[]>();
  const links: CrossLink[] = [];
  for (const doc of docs) {
    if (doc.mergedInto) continue;
    visit(doc.blocks, (b) => {
      if (b.kind !== 'para') return;
      /** the previous reference's end and document (undefined: a document not in the library) */
      let last: { end: number; target: StructuredDoc | undefined } | undefined;
      for (const m of b.text.matchAll(REF)) {
        const target = targetOf(m, b.text, last, doc, docs);
        last = { end: m.index + m[0].length, target };
        const id = `${m[3] === '条' ? 'art' : 'chap'}-${chineseNumber(m[2]!)}`;
        if (!target || !anchors.get(target.meta.id)!.has(id)) continue;
        add(refs, doc.meta.id, b, { text: m[0], doc: target.meta.id, id });
        if (target !== doc) links.push({ fromDoc: doc.meta.id, fromId: b.id, toDoc: target.meta.id, toId: id, text: m[0], kind: 'reference' });
      }
    });
  }
  for (const doc of docs) {
    addNotes(doc, refs);
    addPreviousParagraph(doc, refs);
  }
  return { refs, links };
}

const add = (refs: Map<string, Ref[]>, doc: string, p: Para, r: Ref) => refs.set(`${doc}#${p.id}`, [...(refs.get(`${doc}#${p.id}`) ?? []), r]);

/** 前款 in an article's paragraph (款) refers to the paragraph before it in the same article. */
function addPreviousParagraph(doc: StructuredDoc, refs: Map<string, Ref[]>): void {
  visit(doc.blocks, (b) => {
    if (b.kind !== 'section' || !isRegulationPart(b) || b.role !== 'article') return;
    const paras = b.children.filter((c): c is Para => c.kind === 'para' && c.role !== 'point');
    paras.forEach((p, i) => {
      if (i > 0 && p.text.includes('前款')) add(refs, doc.meta.id, p, { text: '前款', doc: doc.meta.id, id: paras[i - 1]!.id });
    });
  });
}

/** Note markers in the text link to their note (the first place each is cited), and each note back to it. */
function addNotes(doc: StructuredDoc, refs: Map<string, Ref[]>): void {
  const notes: Para[] = [];
  const paras: Para[] = [];
  visit(doc.blocks, (b) => {
    if (b.kind === 'para') (b.role === 'footnote' ? notes : paras).push(b);
  });
  for (const note of notes) {
    const marker = NOTE.exec(note.text)?.[1];
    const cited = marker && paras.find((p) => p.text.includes(marker));
    if (!marker || !cited) continue;
    add(refs, doc.meta.id, cited, { text: marker, doc: doc.meta.id, id: note.id, note: 'marker' });
    add(refs, doc.meta.id, note, { text: marker, doc: doc.meta.id, id: note.id, note: 'back' });
  }
}

/** The references on their paragraphs. */
export function attachReferences(docs: StructuredDoc[], refs: Map<string, Ref[]>): StructuredDoc[] {
  return docs.map((doc) => ({
    ...doc,
    blocks: mapTree(doc.blocks, (b) => {
      const r = b.kind === 'para' ? refs.get(`${doc.meta.id}#${b.id}`) : undefined;
      return r ? { ...b, refs: r } : b;
    }),
  }));
}
