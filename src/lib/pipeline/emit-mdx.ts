import { visit, type Parent } from './tree.ts';
import type { Block, Ref, Section, StructuredDoc, Turn } from './types.ts';

export interface TocEntry {
  id: string;
  /** empty for an unlabelled question: the page supplies its own word for 记者 */
  label: string;
  depth: number;
  turn?: Turn['turn'];
  /** questions: the opening words, so a reader can find a question in the contents */
  excerpt?: string;
}

export interface EmitOptions {
  locale: string;
  lang: string;
  /** where the document came from, for the header comment */
  sourcePath: string;
  /** policy terms of this script → their anchor on the terms page; a quoted term in the text links to its entry */
  terms?: Map<string, string>;
  /** the source file as received (source.docx …), published beside the page and linked as 原始文件 */
  original?: { name: string; bytes: number };
}

/** Every string goes into MDX as a JS string literal: `{`, `<`, `*`, `<script>` in a source stay text. */
const lit = (s: string) => JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029').replace(/<\//g, '<\\/');
const attr = (name: string, v: unknown) => (v === undefined || v === false ? '' : v === true ? ` ${name}` : ` ${name}={${typeof v === 'string' ? lit(v) : JSON.stringify(v)}}`);

function turnLabel(t: Turn): string {
  if (t.turn === 'question') return t.outlet ?? '';
  return t.speaker?.name ?? '';
}

/** A section is nested in the contents when a section other than a 通知 cover or a plan's title holds it. */
const GROUPS_NOTHING = new Set<Section['role']>(['notice', 'plan']);
const nested = (ancestors: readonly Parent[]) => ancestors.some((a) => a.kind === 'section' && !GROUPS_NOTHING.has(a.role));

/** A block's entry in the contents: parts and articles, headings, turns (not an unrecorded question), sidebars. */
function tocEntry(b: Block, ancestors: readonly Parent[]): TocEntry | undefined {
  // a run-in heading's 。 is the text's, not the contents entry's; a number that ends in a word (第一章, 附件) is spaced
  if (b.kind === 'section') {
    const entry: TocEntry = { id: b.id, label: `${b.num ?? ''}${/[\p{sc=Han}\d]$/u.test(b.num ?? '') && b.title ? '　' : ''}${b.title.replace(/。$/, '')}`, depth: nested(ancestors) || b.role === 'sub' ? 2 : 1 };
    // an article with no heading of its own (第十二条) is found in the contents by its opening words
    if (!b.title) entry.excerpt = opening(b.children);
    return entry;
  }
  if (b.kind === 'heading') return { id: b.id, label: b.text, depth: 2 };
  if (b.kind === 'aside') return { id: b.id, label: b.title, depth: 2 };
  if (b.kind !== 'turn' || b.turn === 'missing-question') return undefined;
  const entry: TocEntry = { id: b.id, label: turnLabel(b), depth: 1, turn: b.turn };
  if (b.turn === 'question') entry.excerpt = opening(b.children, 22);
  return entry;
}

/** The first words of a block's first paragraph, for the contents. */
function opening(children: Block[], max = 16): string | undefined {
  const first = children.find((c) => c.kind === 'para');
  if (first?.kind !== 'para') return undefined;
  const chars = [...first.text];
  return chars.slice(0, max).join('') + (chars.length > max ? '…' : '');
}

export function tableOfContents(blocks: Block[]): TocEntry[] {
  const toc: TocEntry[] = [];
  visit(blocks, (b, ancestors) => {
    const e = tocEntry(b, ancestors);
    if (e) toc.push(e);
  });
  return toc;
}

/** A span of a paragraph that becomes a link: a quoted policy term, or a reference to an article. */
interface Span {
  start: number;
  end: number;
  tag: string;
}

function spansOf(text: string, terms?: Map<string, string>, refs: Ref[] = []): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/[“「]([^“”「」]+)[”」]/g)) {
    const id = terms?.get(m[1]!.trim());
    if (id) spans.push({ start: m.index!, end: m.index! + m[0].length, tag: `<Term id={${lit(id)}}>{${lit(m[0])}}</Term>` });
  }
  // in text order (a paragraph's references come from several rules); a repeated text takes its next occurrence
  let from = 0;
  for (const r of [...refs].sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text))) {
    const at = text.indexOf(r.text, from);
    if (at < 0) continue;
    spans.push({ start: at, end: at + r.text.length, tag: `<Ref${attr('doc', r.doc)}${attr('id', r.id)}${attr('note', r.note)}>{${lit(r.text)}}</Ref>` });
    from = at + r.text.length;
  }
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start >= spans[i - 1]!.end);
}

/** Paragraph text as MDX children: string literals, with its terms in <Term> and its references in <Ref>. */
function textChildren(text: string, terms?: Map<string, string>, refs?: Ref[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const s of spansOf(text, terms, refs)) {
    if (s.start > last) parts.push(`{${lit(text.slice(last, s.start))}}`);
    parts.push(s.tag);
    last = s.end;
  }
  if (last < text.length || !parts.length) parts.push(`{${lit(text.slice(last))}}`);
  return parts.join('');
}

function emitBlocks(blocks: Block[], indent: string, terms?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') {
      out.push(`${indent}<P${attr('id', b.id)}${attr('role', b.role)}${attr('note', b.note)}${attr('cites', b.cites)}>${textChildren(b.text, terms, b.refs)}</P>`);
    } else if (b.kind === 'heading') {
      out.push(`${indent}<Heading${attr('id', b.id)}${attr('level', b.level)}${attr('num', b.num)}${attr('subtitle', b.subtitle)}${attr('cites', b.cites)}>{${lit(b.text)}}</Heading>`);
    } else if (b.kind === 'aside') {
      out.push(`${indent}<Sidebar${attr('id', b.id)}${attr('title', b.title)}${attr('items', b.items)} />`);
    } else if (b.kind === 'table') {
      out.push(`${indent}<Table${attr('id', b.id)}${attr('head', b.head)}${attr('rows', b.rows)} />`);
    } else if (b.kind === 'section') {
      out.push(`${indent}<Section${attr('id', b.id)}${attr('role', b.role)}${attr('num', b.num)}${attr('title', b.title)}${attr('subtitle', b.subtitle)}${attr('cites', b.cites)}${attr('citedBy', b.citedBy)}>`);
      out.push(...emitBlocks(b.children, `${indent}  `, terms));
      out.push(`${indent}</Section>`);
    } else {
      const s = b.speaker;
      out.push(
        `${indent}<Turn${attr('id', b.id)}${attr('turn', b.turn)}${attr('speaker', s?.name)}${attr('position', s?.position)}${attr('inferred', s?.inferred)}${attr('confidence', s?.confidence)}${attr('outlet', b.outlet)}${attr('sources', b.sources)}>`,
      );
      out.push(...emitBlocks(b.children, `${indent}  `, terms));
      out.push(`${indent}</Turn>`);
    }
  }
  return out;
}

const frontmatterValue = (v: unknown) => JSON.stringify(v);

/** Stage 5: one MDX file. Frontmatter is JSON (a subset of YAML) so no value needs YAML escaping. */
export function emitMdx(doc: StructuredDoc, opts: EmitOptions): string {
  const m = doc.meta;
  const fm: Record<string, unknown> = {
    title: m.title,
    docId: m.id,
    locale: opts.locale,
    lang: opts.lang,
    type: m.type,
    sourceScript: m.script,
    date: m.date,
    dateNote: m.dateNote,
    issuer: m.issuer,
    docNumber: m.docNumber,
    published: m.published,
    publisher: m.publisher,
    source: m.source,
    credit: m.credit,
    sourceTitle: m.sourceTitle,
    abstract: m.abstract,
    variantOf: m.variantOf,
    mergedInto: doc.mergedInto,
    interprets: m.interprets,
    related: m.related,
    implements: m.implements,
    replaces: m.replaces,
    repeals: m.repeals,
    status: m.status,
    original: opts.original,
    toc: tableOfContents(doc.blocks),
  };
  const lines = ['---'];
  for (const [k, v] of Object.entries(fm)) if (v !== undefined) lines.push(`${k}: ${frontmatterValue(v)}`);
  lines.push('---', '', `{/* Generated by \`npm run content\` from ${opts.sourcePath}. Do not edit: edit the source or its meta.yml. */}`, '');
  lines.push(...emitBlocks(doc.blocks, '', opts.terms));
  for (const v of doc.variants ?? []) {
    lines.push('', `<Variants${attr('docId', v.docId)}${attr('title', v.title)}${attr('diffs', v.diffs)} />`);
  }
  return `${lines.join('\n')}\n`;
}
