import type { Block as SourceBlock, Sidebar } from '../clean/types.ts';
import type { Aside, Block, Heading, Para, Section } from '../types.ts';
import { paraCounter } from './ids.ts';
import { joinLines } from '../text.ts';

const BYLINE = /^(\S{0,10}(记者|通讯员|编辑)[ \u3000]\S.*|.{0,30}报道)$/u;
const HEADING_LIKE = (lines: string[]) => lines.length <= 2 && lines.every((l) => l.length <= 40 && !/[。；]/.test(l));

/**
 * Stage 2 for news reports: each article is a headline (with deck) followed within two blocks by a byline;
 * other short blocks are subheads; sidebars become asides at the end of the article they interrupted.
 */
export function structureNews(source: SourceBlock[], sidebars: Sidebar[]): Block[] {
  const nextP = paraCounter();
  const nextSub = paraCounter('sec');
  const kinds = source.map((b) => {
    const text = joinLines(b.lines);
    if (b.lines.length === 1 && BYLINE.test(text)) return 'byline';
    return HEADING_LIKE(b.lines) ? 'heading' : 'para';
  });
  const top: Block[] = [];
  let article: Section | undefined;
  let deckOpen = false;
  const articles: { n: number; section: Section }[] = [];
  source.forEach((b, i) => {
    const kind = kinds[i];
    const headline = kind === 'heading' && (kinds[i + 1] === 'byline' || kinds[i + 2] === 'byline' || (kinds[i + 1] === 'heading' && kinds[i + 2] === 'byline'));
    if (kind === 'heading' && headline && !deckOpen) {
      article = { kind: 'section', id: `article-${top.filter((x) => x.kind === 'section').length + 1}`, role: 'news-article', title: b.lines[0]!, children: [] };
      if (b.lines[1]) article.subtitle = b.lines[1];
      top.push(article);
      articles.push({ n: b.n, section: article });
      deckOpen = kinds[i + 1] === 'heading';
      return;
    }
    const target = article?.children ?? top;
    if (kind === 'heading' && deckOpen && article && !article.subtitle) {
      article.subtitle = joinLines(b.lines);
      deckOpen = false;
      return;
    }
    deckOpen = false;
    if (kind === 'byline') {
      target.push({ kind: 'para', id: nextP(), text: joinLines(b.lines), role: 'byline' } satisfies Para);
    } else if (kind === 'heading') {
      const h: Heading = { kind: 'heading', id: nextSub(), level: 3, text: b.lines[0]! };
      if (b.lines[1]) h.subtitle = b.lines[1];
      target.push(h);
    } else {
      target.push({ kind: 'para', id: nextP(), text: joinLines(b.lines) } satisfies Para);
    }
  });
  sidebars.forEach((s, k) => {
    const aside: Aside = { kind: 'aside', id: `aside-${k + 1}`, title: s.title, items: s.items };
    const owner = articles.findLast((a) => a.n < s.n);
    if (owner) owner.section.children.push(aside);
    else top.push(aside);
  });
  return top;
}
