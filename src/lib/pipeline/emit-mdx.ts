import { visit } from './tree.ts';
import type { Block, StructuredDoc, Turn } from './types.ts';

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

/** A block's entry in the contents: parts and articles, headings, turns (not an unrecorded question), sidebars. */
function tocEntry(b: Block): TocEntry | undefined {
  if (b.kind === 'section') return { id: b.id, label: `${b.num ?? ''}${b.title}`, depth: b.role === 'article' || b.role === 'item' || b.role === 'sub' ? 2 : 1 };
  if (b.kind === 'heading') return { id: b.id, label: b.text, depth: 2 };
  if (b.kind === 'aside') return { id: b.id, label: b.title, depth: 2 };
  if (b.kind !== 'turn' || b.turn === 'missing-question') return undefined;
  const entry: TocEntry = { id: b.id, label: turnLabel(b), depth: 1, turn: b.turn };
  const first = b.children.find((c) => c.kind === 'para');
  if (b.turn === 'question' && first?.kind === 'para') entry.excerpt = [...first.text].slice(0, 22).join('') + ([...first.text].length > 22 ? '…' : '');
  return entry;
}

export function tableOfContents(blocks: Block[]): TocEntry[] {
  const toc: TocEntry[] = [];
  visit(blocks, (b) => {
    const e = tocEntry(b);
    if (e) toc.push(e);
  });
  return toc;
}

/** Paragraph text as MDX children: string literals, with each quoted policy term wrapped in <Term>. */
function textChildren(text: string, terms?: Map<string, string>): string {
  if (!terms?.size) return `{${lit(text)}}`;
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/[“「]([^“”「」]+)[”」]/g)) {
    const id = terms.get(m[1]!.trim());
    if (!id) continue;
    if (m.index! > last) parts.push(`{${lit(text.slice(last, m.index))}}`);
    parts.push(`<Term id={${lit(id)}}>{${lit(m[0])}}</Term>`);
    last = m.index! + m[0].length;
  }
  if (last < text.length) parts.push(`{${lit(text.slice(last))}}`);
  return parts.join('');
}

function emitBlocks(blocks: Block[], indent: string, terms?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'para') {
      out.push(`${indent}<P${attr('id', b.id)}${attr('role', b.role)}${attr('note', b.note)}${attr('cites', b.cites)}>${textChildren(b.text, terms)}</P>`);
    } else if (b.kind === 'heading') {
      out.push(`${indent}<Heading${attr('id', b.id)}${attr('level', b.level)}${attr('num', b.num)}${attr('subtitle', b.subtitle)}${attr('cites', b.cites)}>{${lit(b.text)}}</Heading>`);
    } else if (b.kind === 'aside') {
      out.push(`${indent}<Sidebar${attr('id', b.id)}${attr('title', b.title)}${attr('items', b.items)} />`);
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
