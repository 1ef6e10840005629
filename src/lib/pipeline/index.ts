import { ContentError } from '../schema/friendly.ts';
import type { Meta } from '../schema/meta.ts';
import { clean, type CleanResult } from './clean/index.ts';
import { attachCrossLinks, findCrossLinks, linkKey } from './crosslinks.ts';
import { mergeVariant, renumber } from './merge.ts';
import { shadowOf, type RestoreStats, type Shadow } from './restore.ts';
import { joinLines } from './text.ts';
import { attachReferences, findReferences } from './references.ts';
import { structureNews, structurePolicy, structureTranscript, withoutTitleLine } from './structure/index.ts';
import { corpusDate, statusOf } from './status.ts';
import { visit } from './tree.ts';
import type { Block, DocMeta, StructuredDoc } from './types.ts';

export type * from './types.ts';
export { convertDocument } from './convert.ts';

export interface SourceInput {
  id: string;
  raw: string;
  meta: Meta;
  /** for messages: content/sources/<id>/source.txt */
  file: string;
  metaFile: string;
  /** line of each top-level key of meta.yml, for messages */
  metaLines?: Record<string, number>;
}

export interface DocReport {
  id: string;
  clean: CleanResult['report'];
  counts: Record<string, number>;
  /** what the editor should look at: a table kept as lines … */
  warnings: string[];
  /** a Traditional source: how its zh-Hant page was made from its own text */
  script?: RestoreStats;
}

/** 2024-01-25, 2024年1月25日, 2024/01/25 → 2024-01-25 (a header's date as the schema writes dates). */
const isoDate = (s: string | undefined): string | undefined => {
  const m = s && /^(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})日?$/.exec(s.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
};

const mapLines = (blocks: CleanResult['blocks'], fn: (s: string) => string) => blocks.map((b) => ({ n: b.n, lines: b.lines.map(fn) }));

/** Stages 1–2 for one source: clean, make Simplified canonical, structure. */
/** Traditional → Simplified with the tables of the source's region (tw, hk, mo). */
export type Simplifier = (s: string, region?: Meta['region']) => string;

export function buildDocument(input: SourceInput, toSimplified: Simplifier): { doc: StructuredDoc; report: DocReport; shadow?: Shadow } {
  const { meta, id } = input;
  const cleaned = clean(input.raw, meta, input.file, input.metaFile);
  const simp = meta.script === 'hant' ? (s: string) => toSimplified(s, meta.region) : (s: string) => s;
  const blocks = mapLines(cleaned.blocks, simp);
  const sidebars = cleaned.sidebars.map((s) => ({ ...s, title: simp(s.title), items: s.items.map((i) => ({ heading: simp(i.heading), text: simp(i.text) })) }));
  const x = cleaned.extracted;
  const docMeta: DocMeta = { id, title: meta.title, type: meta.type, script: meta.script, date: meta.date };
  const put = <K extends keyof DocMeta>(k: K, v: DocMeta[K] | undefined) => {
    if (v !== undefined && v !== '') docMeta[k] = v;
  };
  put('region', meta.region);
  put('dateNote', meta.dateNote);
  put('issuer', meta.issuer ?? (x.header?.issuer ? simp(x.header.issuer) : undefined));
  // a header's date before the document's own is a database's placeholder (1900-01-01, 1970-01-01), not a date
  const after = (d: string | undefined) => (d && d >= meta.date ? d : undefined);
  put('published', meta.published ?? x.published ?? after(isoDate(x.header?.published)) ?? after(isoDate(x.header?.time)));
  const effective = headerEffective(x.header, meta.date);
  if (effective && !meta.status?.effective) docMeta.status = { effective };
  put('publisher', meta.publisher);
  put('source', meta.source ?? (x.source ? simp(x.source) : undefined));
  put('credit', x.credit);
  put('abstract', x.abstract ? simp(x.abstract) : undefined);
  put('variantOf', meta.variantOf);
  put('interprets', meta.interprets);
  put('related', meta.related);
  put('implements', meta.implements);
  put('replaces', meta.replaces);
  put('repeals', meta.repeals);

  let structured: Block[];
  const warnings = (cleaned.report.tablesUnread ?? []).map(
    (n) => `${input.file} line ${n}: a table given one cell a line whose rows do not all have one cell per label is kept as lines`,
  );
  if (meta.type === 'transcript') {
    const lineMode = cleaned.report.spacePolicy === 'paragraphs' && cleaned.blocks.some((b, i) => cleaned.blocks[i + 1]?.n === b.n);
    const t = structureTranscript(blocks, meta, id, lineMode);
    if (t.unmatched.length) {
      const i = t.unmatched[0]!;
      throw new ContentError(input.metaFile, input.metaLines?.attributions, `attributions.${i}.startsWith`, `matches no turn of the transcript: “${meta.attributions![i]!.startsWith}”`);
    }
    structured = t.blocks;
    put('sourceTitle', t.sourceTitle && t.sourceTitle !== meta.title ? t.sourceTitle : undefined);
  } else if (meta.type === 'news') {
    structured = structureNews(blocks, sidebars);
  } else {
    const p = structurePolicy(blocks);
    structured = withoutTitleLine(p.blocks, simp(meta.title));
    const headerNumber = x.header?.docNumber ? simp(x.header.docNumber) : undefined;
    const found = p.facts.docNumber ?? headerNumber;
    if (meta.docNumber && found && meta.docNumber !== found) {
      throw new ContentError(input.metaFile, input.metaLines?.docNumber, 'docNumber', `“${meta.docNumber}” differs from the text's “${found}”`);
    }
    put('docNumber', meta.docNumber ?? found);
    warnings.push(...p.facts.warnings.map((w) => `${input.file} ${w}`));
  }
  const doc = renumber({ meta: docMeta, blocks: structured });
  const report = { id, clean: cleaned.report, counts: count(doc.blocks), warnings };
  if (meta.script !== 'hant') return { doc, report };
  const own = [...cleaned.blocks.map((b) => b.lines), ...cleaned.sidebars.map((s) => [s.title, ...s.items.flatMap((i) => [i.heading, i.text])])];
  return { doc, report, shadow: shadowOf(own.map((lines) => ({ trad: lines, simp: lines.map(simp) })), joinLines) };
}

/** The documents that state they repeal each document, in the sources' order. */
function repealersOf(inputs: SourceInput[]): Map<string, SourceInput[]> {
  const by = new Map<string, SourceInput[]>();
  for (const i of inputs) for (const id of new Set(i.meta.repeals ?? [])) (by.get(id) ?? by.set(id, []).get(id)!).push(i);
  return by;
}

/** A text that another text repealed (and that repeal is in effect) cannot be stated 有效 or 尚未生效. */
function checkRepeals(inputs: SourceInput[], repealers: Map<string, SourceInput[]>, asOf: string): void {
  for (const input of inputs) {
    const v = input.meta.status?.validity;
    const by = repealers.get(input.id)?.find((i) => !i.meta.status?.effective || i.meta.status.effective <= asOf);
    if (by && (v === '有效' || v === '尚未生效')) {
      throw new ContentError(input.metaFile, input.metaLines?.status, 'status.validity', `“${v}”, but content/sources/${by.id}/meta.yml says it repeals this document`);
    }
  }
}

/**
 * A header's effective date (执行日期, else 生效日期), when it is a date on or after the document's own: a law
 * database prints 1900-1-1 for none.
 */
function headerEffective(header: CleanResult['extracted']['header'], date: string): string | undefined {
  return [header?.effective, header?.inForce].map(isoDate).find((d) => d && d >= date);
}

/** The document's status as of the corpus date, with the documents that state they repeal it; an effective date the
 * text's header gives (buildDocument) counts when the editor states none. */
function withStatus(doc: StructuredDoc, input: SourceInput, repealers: SourceInput[], asOf: string): StructuredDoc {
  const repealedBy = repealers.map((i) => ({ id: i.id, effective: i.meta.status?.effective }));
  const facts = doc.meta.status?.effective ? { effective: doc.meta.status.effective, ...input.meta.status } : input.meta.status;
  const status = statusOf({ type: doc.meta.type, title: doc.meta.title, status: facts, repealedBy }, asOf);
  return status ? { ...doc, meta: { ...doc.meta, status } } : doc;
}

export function count(blocks: Block[]): Record<string, number> {
  const c: Record<string, number> = { paragraphs: 0, parts: 0, articles: 0, items: 0, turns: 0, headings: 0, asides: 0 };
  const key: Partial<Record<string, string>> = {
    ...{ para: 'paragraphs', heading: 'headings', aside: 'asides', turn: 'turns', table: 'tables' },
    ...{ part: 'parts', article: 'articles', item: 'items', chapter: 'chapters', division: 'divisions', annex: 'annexes', qa: 'questions' },
  };
  visit(blocks, (b) => {
    const k = key[b.kind === 'section' ? b.role : b.kind];
    if (k) c[k] = (c[k] ?? 0) + 1;
  });
  return c;
}

/** A 53-bit digest of a text (cyrb53): equal texts have equal digests; unequal ones almost never do. */
function digest(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * The whole corpus: every document built, relations checked, variants merged into their base.
 * Duplicate ids cannot occur (folders), but identical texts and dangling relations are errors.
 */
export function buildCorpus(inputs: SourceInput[], toSimplified: Simplifier): { docs: StructuredDoc[]; reports: DocReport[]; shadows: Map<string, Shadow> } {
  const ids = new Set(inputs.map((i) => i.id));
  // twins found by a digest of the text without its spaces, then compared: the texts as keys were 100 MB at 10,000
  const seen = new Map<number, SourceInput[]>();
  const squeezed = (i: SourceInput) => i.raw.replace(/\s+/g, '');
  for (const input of inputs) {
    const text = squeezed(input);
    const key = digest(text);
    const same = seen.get(key) ?? seen.set(key, []).get(key)!;
    const twin = same.find((other) => squeezed(other) === text);
    if (twin) throw new ContentError(input.file, undefined, undefined, `identical to ${twin.file}; remove one of the two folders`);
    same.push(input);
    for (const field of ['variantOf', 'interprets', 'related', 'implements', 'replaces', 'repeals'] as const) {
      const v = input.meta[field];
      for (const target of v === undefined ? [] : Array.isArray(v) ? v : [v]) {
        if (!ids.has(target)) throw new ContentError(input.metaFile, input.metaLines?.[field], field, `no document “${target}” in content/sources`);
        if (target === input.id) throw new ContentError(input.metaFile, input.metaLines?.[field], field, 'a document cannot relate to itself');
      }
    }
  }
  const built = inputs.map((i) => buildDocument(i, toSimplified));
  const byId = new Map(built.map((b) => [b.doc.meta.id, b.doc]));
  const inputById = new Map(inputs.map((i) => [i.id, i]));
  for (const input of inputs) {
    const base = input.meta.variantOf && byId.get(input.meta.variantOf);
    if (!base) continue;
    const roles = new Map((inputById.get(input.meta.variantOf!)?.meta.speakers ?? []).map((s) => [s.name, s.role]));
    const merged = renumber(mergeVariant(base, byId.get(input.id)!, roles));
    byId.set(base.meta.id, merged);
    const variant = byId.get(input.id)!;
    byId.set(input.id, { ...variant, mergedInto: base.meta.id, blocks: variant.blocks.filter((b) => b.kind === 'para') });
  }
  // publication dates read from the texts count too (a 来源 line), not only those in meta.yml
  const asOf = corpusDate(built.map((b) => b.doc.meta));
  const repealers = repealersOf(inputs);
  checkRepeals(inputs, repealers, asOf);
  const merged = inputs.map((i) => withStatus(byId.get(i.id)!, i, repealers.get(i.id) ?? [], asOf));
  const references = findReferences(merged);
  // a reference already found as shared wording is one link, not two
  const linked = new Set<string>();
  const links = [...findCrossLinks(merged), ...references.links].filter((l) => {
    const key = linkKey(l);
    if (linked.has(key)) return false;
    linked.add(key);
    return true;
  });
  const docs = attachReferences(attachCrossLinks(merged, links), references.refs);
  const reports = built.map((b) => ({ ...b.report, counts: count(byId.get(b.report.id)!.blocks) }));
  const shadows = new Map(built.flatMap((b) => (b.shadow ? [[b.doc.meta.id, b.shadow] as const] : [])));
  return { docs, reports, shadows };
}
