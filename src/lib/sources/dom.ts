import { parseHTML } from 'linkedom';

/** The only importer of linkedom: an HTML string as a DOM document (for Readability and for the text below). */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const BLOCKS = new Set(
  'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'button', 'select', 'input', 'textarea']);

const span = (c: Element, name: string) => Math.max(1, Math.min(50, Number(c.getAttribute(name)) || 1));

/** A table's rows as cell texts on one grid: a merged cell (rowspan, colspan: Word's vertical and horizontal merges)
 * is written once, where it starts, and leaves empty cells where it extends, so every row has the table's width. */
function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  /** columns still covered by a cell from a row above: column → rows left */
  const below = new Map<number, number>();
  for (const row of table.querySelectorAll('tr')) {
    if (row.closest('table') !== table) continue;
    const out: string[] = [];
    const covered = () => {
      while ((below.get(out.length) ?? 0) > 0) {
        below.set(out.length, below.get(out.length)! - 1);
        out.push('');
      }
    };
    const place = (text: string) => {
      covered();
      out.push(text);
    };
    for (const c of [...row.children].filter((x) => /^t[hd]$/i.test(x.tagName))) {
      const down = span(c, 'rowspan') - 1;
      for (let k = 0; k < span(c, 'colspan'); k++) {
        place(k ? '' : textOf(c).replace(/\s*\n+\s*/g, ' '));
        if (down) below.set(out.length - 1, down);
      }
    }
    // columns still covered past the row's last cell (a row short of cells, as pages give them)
    const last = Math.max(-1, ...[...below].filter(([, n]) => n > 0).map(([c]) => c));
    while (out.length <= last) {
      if ((below.get(out.length) ?? 0) > 0) below.set(out.length, below.get(out.length)! - 1);
      out.push('');
    }
    rows.push(out);
  }
  return rows;
}

/**
 * The pipeline's input from an HTML body (a web page's article, or mammoth's rendering of a Word file): one line per
 * paragraph, a blank line between paragraphs, a <br> a line break inside one; a heading its own paragraph; a table
 * row one line with its cells separated by a TAB (the structure stage makes them a table); footnotes (mammoth's
 * <li id="footnote-N">) lines at the end with their markers [N].
 */
export function textOf(root: Element): string {
  const out: string[][] = [];
  let para: string[] = [];
  let line = '';
  const endLine = () => {
    const t = line.replace(/[ \t\n\r\f\u00a0]+/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, '');
    if (t) para.push(t);
    line = '';
  };
  const endPara = () => {
    endLine();
    if (para.length) out.push(para);
    para = [];
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIPPED.has(tag) || el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'br') return endLine();
    if (tag === 'table') {
      endPara();
      for (const texts of tableRows(el)) if (texts.some((t) => t)) para.push(texts.join('\t'));
      return endPara();
    }
    if (tag === 'a' && /^#footnote-ref-/.test(el.getAttribute('href') ?? '')) return; // mammoth's back-link ↑
    if (tag === 'li' && /^(footnote|endnote)-\d+$/.test(el.id)) {
      endPara();
      para.push(`[${el.id.replace(/\D+/g, '')}] ${textOf(el).replace(/\s*\n+\s*/g, ' ')}`);
      return endPara();
    }
    const block = BLOCKS.has(tag);
    if (block) endPara();
    for (const child of el.childNodes) walk(child);
    if (block) endPara();
  };
  for (const child of root.childNodes) walk(child);
  endPara();
  return out.map((p) => p.join('\n')).join('\n\n');
}
