import type { Line } from './types.ts';

/** A Markdown heading marker a converter or scraper left at the start of a line: `## 第一章 总则`. */
const HEADING_MARK = /^\s{0,3}#{1,6}[ \t\u3000]*(?=[^#\s])/u;
/** Markdown bold at the start of a line: `**第一条**　为了…` → `第一条　为了…` (emphasis is the renderer's job). */
const BOLD_LEAD = /^(\s*)\*\*([^*]+)\*\*/u;

/** An HTML comment a converter left on its own line: `<!-- INFO END -->`. */
const COMMENT = /^\s*<!--.*-->\s*$/u;

/** Markup that is not the text: removed, the words kept. Returns how many lines changed. */
export function stripMarkup(lines: Line[]): { lines: Line[]; removed: number } {
  let removed = 0;
  const out = lines.map((l): Line => {
    if (COMMENT.test(l.text)) {
      removed++;
      return { n: l.n, text: '' };
    }
    // a heading is a paragraph of its own, even when the source runs the next line on (## 三 / 2000年…)
    if (HEADING_MARK.test(l.text)) {
      removed++;
      return { n: l.n, text: l.text.replace(HEADING_MARK, ''), alone: true };
    }
    const text = l.text.replace(BOLD_LEAD, '$1$2');
    if (text === l.text) return l;
    removed++;
    return { n: l.n, text };
  });
  return { lines: out, removed };
}
