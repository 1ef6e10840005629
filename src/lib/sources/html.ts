import { Readability } from '@mozilla/readability';
import { ContentError } from '../schema/friendly.ts';
import { parseDocument, textOf } from './dom.ts';
import { factsFromLines, isoFrom, pageTitle, type Facts } from './facts.ts';
import { paragraphs, type Read } from './read.ts';

/**
 * The page's encoding, as a browser finds it: a byte-order mark, else the <meta charset> / http-equiv declaration in
 * the first 4 KB, else UTF-8. Decoding is strict: bytes that are not the declared encoding fail, never a guess.
 */
export function decodeHtml(bytes: Uint8Array, rel: string): string {
  const bom: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  const found = bom.find(([sig]) => sig.every((x, i) => bytes[i] === x));
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
  const label = found?.[1] ?? declared ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new ContentError(rel, undefined, undefined, `unknown encoding “${label}” declared by the page's <meta charset>; save the page again as UTF-8`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    // a page re-saved as UTF-8 keeps its old declaration (gb2312): its bytes are no GBK, and they are UTF-8
    if (!found && declared && decoder.encoding !== 'utf-8') {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {}
    }
    if (found || declared)
      throw new ContentError(
        rel,
        undefined,
        undefined,
        `not valid ${decoder.encoding} text (${found ? 'its byte-order mark says so' : `its <meta charset> says “${declared}”`}), nor UTF-8: damaged, or converted on the way; save the page again from the browser (File › Save Page As)`,
      );
    throw new ContentError(
      rel,
      undefined,
      undefined,
      'not valid UTF-8 text (no charset is declared, so UTF-8 is assumed): a GBK page without its <meta charset>? convert it with iconv -f GBK -t UTF-8 (Big5: -f BIG5)',
    );
  }
}

/** <meta name=…> names Chinese government and news sites use (TRS, Hanweb, gov.cn), by the fact they give. */
const META: [keyof Facts, string[]][] = [
  ['title', ['ArticleTitle', 'og:title', 'twitter:title']],
  ['published', ['PubDate', 'firstpublishedtime', 'publishdate', 'pubdate', 'article:published_time', 'dc.date']],
  ['source', ['ContentSource', 'source', 'article:author']],
];

function metaFacts(doc: Document): Facts {
  const content = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta[content]')) {
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    const v = m.getAttribute('content')!.trim();
    if (key && v && !content.has(key)) content.set(key, v);
  }
  const facts: Facts = {};
  for (const [fact, names] of META) {
    const name = names.find((n) => content.get(n.toLowerCase()));
    const v = name && content.get(name.toLowerCase());
    if (!v) continue;
    // og:title and twitter:title are the page's title, with the site's name as <title> has it
    if (fact === 'title' && name !== 'ArticleTitle') {
      facts.title = pageTitle(v);
      continue;
    }
    if (fact === 'published') {
      const iso = isoFrom(v);
      if (iso) facts.published = iso;
    } else facts[fact] = v;
  }
  return facts;
}

/** the article's own 发布日期：…　来源：…　浏览次数 bar: read as facts, not text */
const FACT_LINE = /^(发布日期|發布日期|发布时间|發布時間|发稿时间|来源|來源|信息来源|文章来源|浏览次数|点击数)\s*[:：]/;
function withoutFactLines(raw: string): string {
  return raw
    .split('\n\n')
    .filter((p) => !(FACT_LINE.test(p) && !p.includes('\n') && !/[。；]/.test(p) && p.length < 160))
    .join('\n\n');
}

/** A saved web page: the article found by Readability (site chrome left out), facts from its <meta> tags and labels. */
export function readHtml(bytes: Uint8Array, rel: string): Read {
  const html = decodeHtml(bytes, rel);
  const page = parseDocument(html);
  const facts = metaFacts(page);
  // 发布日期/来源 lines and gov.cn's fact table sit in the page's chrome, which Readability drops: read them first
  factsFromLines(
    textOf(page.body ?? page.documentElement)
      .replace(/\t/g, ' ')
      .split('\n'),
    facts,
  );
  // Chinese packs a sentence into few characters: Readability's 500-character minimum would reject short notices
  const article = new Readability(page, { charThreshold: 100, keepClasses: false }).parse();
  if (!article?.content)
    throw new ContentError(
      rel,
      undefined,
      undefined,
      'body not found: no article text on this page (a list page, a frame, or a page that loads its text with JavaScript?); save the article page itself',
    );
  const body = parseDocument(`<!doctype html><html><body>${article.content}</body></html>`).body;
  const all = body.textContent?.replace(/\s+/g, '').length ?? 0;
  const linked = [...body.querySelectorAll('a')].reduce((n, a) => n + (a.textContent?.replace(/\s+/g, '').length ?? 0), 0);
  // what Readability falls back to on a list page is its links: an article's text is not mostly links
  if (!all || linked / all > 0.5)
    throw new ContentError(
      rel,
      undefined,
      undefined,
      'body not found: this page is a list of links, not an article (a column page?); save the article page itself',
    );
  const raw = withoutFactLines(textOf(body));
  if (!/\p{sc=Han}/u.test(raw)) throw new ContentError(rel, undefined, undefined, 'body not found: the article found on this page has no Chinese text');
  // the page's <title> (Readability's title) carries the site's name; ArticleTitle and a 标题 line do not
  if (!facts.title && article.title) facts.title = pageTitle(article.title.trim());
  return { raw, facts, place: paragraphs(raw) };
}
