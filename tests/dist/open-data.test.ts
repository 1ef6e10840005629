import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { ClauseData } from '../../src/lib/data/document.ts';
import { FEED_ITEMS } from '../../src/lib/data/parts.ts';
import { localeIds, locales } from '../../src/lib/i18n/locales.ts';
import { DIST, ROOT, pageText, readPage } from '../helpers.ts';
import { builtPages } from '../helpers-pages.ts';

/** The status line, relations, feeds, open data and JSON-LD of the real build. */
const ids = readdirSync(join(ROOT, 'content/sources')).sort();
const SITE = 'https://policy.example.org/';
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');
const json = (f: string) => JSON.parse(read(f));
const statusOf = (locale: string, id: string) => /<p class="status[^"]*"[^>]*>([\s\S]*?)<\/p>/.exec(readPage(locale, id))?.[1];
const words = (html: string | undefined) =>
  html === undefined
    ? undefined
    : pageText(
        html
          .replace(/<\/span><span>/g, '；')
          .replace(/<\/strong><span>/g, ' ')
          .replace(/<\/span><small class="status-note">/g, '\n'),
      );

describe('status in words at the top of every policy text', () => {
  it('the 2024–2025 plan: its period has ended, as of the corpus date', () => {
    expect(words(statusOf('zh-hans', 'urbanization-action-plan-2024-2025'))).toBe('效力：已到期 规划期 2024—2025年已结束；截至 2026-01-27（据本站所收文件）');
    expect(words(statusOf('zh-hant', 'urbanization-action-plan-2024-2025'))).toBe('效力：已到期 規劃期 2024—2025年已結束；截至 2026-01-27（據本站所收文件）');
  });
  it('the 2026 opinions: what the editor stated, with the note', () => {
    expect(words(statusOf('zh-hans', 'urban-development-opinions-2026'))).toBe(
      '效力：有效 截至 2026-01-27（据本站所收文件）\n编者说明：原文未载施行日期；2026年1月21日政策例行吹风会称《实施意见》“近日……正式印发”，并介绍其贯彻落实安排',
    );
    expect(words(statusOf('zh-hant', 'urban-development-opinions-2026'))).toMatch(/^效力：有效 截至 2026-01-27（據本站所收文件）\n編者說明：原文未載施行日期/);
  });
  it('sits above the document information, right under the title', () => {
    const html = readPage('zh-hans', 'urbanization-action-plan-2024-2025');
    expect(html).toMatch(/<\/h1>(<span[^>]*>[^<]*<\/span>)*<p class="status/);
  });
  it.each([
    ['zh-hans', 'urbanization-action-plan-2024-2025', '效力：已到期规划期2024—2025年已结束；截至2026-01-27（据本站所收文件）'],
    ['zh-hant', 'urbanization-action-plan-2024-2025', '效力：已到期規劃期2024—2025年已結束；截至2026-01-27（據本站所收文件）'],
    ['zh-hans', 'urban-development-opinions-2026', '效力：有效截至2026-01-27（据本站所收文件）编者说明：原文未载施行日期'],
    ['zh-hant', 'urban-development-opinions-2026', '效力：有效截至2026-01-27（據本站所收文件）編者說明：原文未載施行日期'],
  ])('%s PDFs of %s (handout, large print, fact sheet) print the status on the first page', async (l, id, text) => {
    const m = json('manifest.json') as { documents: { id: string; pdfs: { kind: string; locale: string; pdf: string }[] }[] };
    const pdfs = m.documents.find((d) => d.id === id)!.pdfs.filter((p) => p.locale === l && ['handout', 'large', 'factsheet'].includes(p.kind));
    expect(pdfs.length).toBe(3);
    for (const p of pdfs) {
      const pages = (await extractText(await getDocumentProxy(new Uint8Array(readFileSync(join(DIST, p.pdf)))), { mergePages: false })).text as string[];
      expect(pages[0]!.replace(/\s+/g, '')).toContain(text);
    }
  });
  it('no facts, no status: transcripts and news say nothing', () => {
    for (const l of localeIds) for (const id of ['briefing-2026-01-21', 'urban-work-conference-2025-09-18']) expect(statusOf(l, id)).toBeUndefined();
  });
  it('the home page cards state the validity with its date', () => {
    expect(pageText(read('zh-hans/index.html'))).toContain('效力：已到期（截至 2026-01-27）');
    expect(pageText(read('zh-hant/index.html'))).toContain('效力：有效（截至 2026-01-27）');
  });
});

describe('relations on both ends', () => {
  const related = (l: string, id: string) => {
    const nav = /<nav class="related"[\s\S]*?<\/nav>/.exec(readPage(l, id))?.[0] ?? '';
    return [...nav.matchAll(/<dt>([^<]+)<\/dt>|<a href="\/[^/]+\/([^/]+)\/">/g)].map((m) => m[1] ?? m[2]);
  };
  it('原文 ↔ 解读: the opinions list the briefing that interprets them, the briefing the opinions', () => {
    expect(related('zh-hans', 'urban-development-opinions-2026').slice(0, 2)).toEqual(['解读本文的文件', 'briefing-2026-01-21']);
    expect(related('zh-hant', 'briefing-2026-01-21').slice(0, 2)).toEqual(['本文解讀', 'urban-development-opinions-2026']);
  });
  it('相关 is shown on both ends even when only one meta.yml states it', () => {
    // only the conference's meta.yml relates it to the opinions
    expect(related('zh-hans', 'urban-development-opinions-2026')).toContain('urban-work-conference-2025-09-18');
    expect(related('zh-hans', 'urban-work-conference-2025-09-18')).toContain('urban-development-opinions-2026');
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' || name === 'category' });
  for (const l of localeIds) {
    it(`${l}/feed.xml is valid RSS 2.0 listing the newest documents (every one of the seeds) newest first, each with title, date, type, summary and link`, () => {
      const xml = read(`${l}/feed.xml`);
      expect(XMLValidator.validate(xml)).toBe(true);
      const channel = parser.parse(xml).rss.channel;
      expect(parser.parse(xml).rss['@_version']).toBe('2.0');
      expect(channel.language).toBe(locales[l].lang);
      const items = channel.item as { title: string; link: string; pubDate: string; description: string; category: string[] }[];
      expect(items.map((i) => i.link.replace(`${SITE}${l}/`, '').replace(/\/$/, '')).sort()).toEqual(ids);
      expect(items.length).toBeLessThanOrEqual(FEED_ITEMS);
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
      for (const i of items) {
        expect(i.title.length).toBeGreaterThan(4);
        expect(i.description.length).toBeGreaterThan(10);
        expect(i.category).toHaveLength(1);
        expect(existsSync(join(DIST, new URL(i.link).pathname, 'index.html'))).toBe(true);
      }
      const plan = items.find((i) => i.link.includes('urbanization-action-plan'))!;
      expect(plan.title).toBe(
        l === 'zh-hans'
          ? '山东省人民政府关于印发山东省新型城镇化建设行动方案（2024—2025年）的通知'
          : '山東省人民政府關於印發山東省新型城鎮化建設行動方案（2024—2025年）的通知',
      );
      expect(plan.category).toEqual([l === 'zh-hans' ? '原文' : '原文']);
    });
  }
  it('every page links its script’s feed as an alternate; the bilingual / and 404 both', () => {
    const feedLinks = (p: string) =>
      [...read(p.endsWith('.html') ? p : `${p}index.html`).matchAll(/<link rel="alternate" type="application\/rss\+xml" href="([^"]+)"/g)].map((m) => m[1]);
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const l = p.split('/')[0]!;
      // an hreflang on it would declare the feed a language version of the page (Lighthouse's hreflang audit fails)
      expect(read(p.endsWith('.html') ? p : `${p}index.html`)).not.toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*hreflang/);
      expect(feedLinks(p), p).toEqual(l.startsWith('zh-') ? [`/${l}/feed.xml`] : localeIds.map((x) => `/${x}/feed.xml`));
    }
  });
});

describe('open data', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(json('data/document.schema.json'));
  const validDoc = ajv.compile({ $ref: 'document.schema.json' });
  const validIndex = ajv.compile(json('data/index.schema.json'));
  const clauseIds = (c: ClauseData): string[] => [c.id, ...c.content.map((t) => t.id), ...c.clauses.flatMap(clauseIds)];

  for (const id of ids) {
    it(`data/documents/${id}.json validates, and every clause id in it is an anchor of both pages`, () => {
      const d = json(`data/documents/${id}.json`);
      expect(validDoc(d), JSON.stringify(validDoc.errors?.slice(0, 3))).toBe(true);
      const all = [...d.content.map((t: { id: string }) => t.id), ...d.clauses.flatMap(clauseIds)];
      expect(all.length).toBeGreaterThan(0);
      for (const l of localeIds) {
        const anchors = new Set([...readPage(l, id).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
        expect(all.filter((a) => !anchors.has(a))).toEqual([]);
        expect(d.pages[l]).toBe(`${SITE}${l}/${id}/`);
      }
    });
  }
  it('a clause carries its number and title in both scripts', () => {
    const d = json('data/documents/urban-development-opinions-2026.json');
    const art12 = (d.clauses as ClauseData[]).flatMap((c) => c.clauses).find((c) => c.id === 'art-12')!;
    expect(art12.num).toBe('（十二）');
    expect(art12.title!['zh-hans']).toMatch(/^[^\s]{4,}/);
    expect(art12.title!['zh-hant']).not.toBe(art12.title!['zh-hans']);
    expect(art12.content.length).toBeGreaterThan(0);
  });
  it('data/index.json validates and lists every document, with the feeds', () => {
    const index = json('data/index.json');
    expect(validIndex(index), JSON.stringify(validIndex.errors)).toBe(true);
    expect(index.documents.map((d: { id: string }) => d.id)).toEqual(ids);
    expect(index.feeds).toEqual({ 'zh-hans': `${SITE}zh-hans/feed.xml`, 'zh-hant': `${SITE}zh-hant/feed.xml` });
  });
  it('data/index.json lists its parts by year; each validates, and together they hold every document once, as the index does', () => {
    const index = json('data/index.json') as { parts: { year: string; part: number; documents: number; url: string }[]; documents: { id: string; date: string }[] };
    expect(index.parts.map((p) => p.year)).toEqual([...new Set(index.documents.map((d) => d.date.slice(0, 4)))].sort());
    const fromParts = index.parts.flatMap((p) => {
      expect(p.url).toBe(`${SITE}data/index/${p.year}/${p.part}.json`);
      const part = json(`data/index/${p.year}/${p.part}.json`);
      expect(validIndex(part), JSON.stringify(validIndex.errors)).toBe(true);
      expect([part.year, part.part, part.documents.length]).toEqual([p.year, p.part, p.documents]);
      for (const d of part.documents) expect(d.date.slice(0, 4)).toBe(p.year);
      return part.documents;
    });
    expect(fromParts.sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))).toEqual(index.documents);
  });
  it('dist/manifest.json lists every document JSON, the index, the schemas and the feeds, and each exists', () => {
    const m = json('manifest.json') as { data: { path: string; format: string; description: string }[] };
    const paths = m.data.map((d) => d.path);
    const ours = [
      '/data/index.json',
      ...ids.map((id) => `/data/documents/${id}.json`),
      '/data/document.schema.json',
      '/data/index.schema.json',
      ...localeIds.map((l) => `/${l}/feed.xml`),
    ];
    for (const p of ours) expect(paths, p).toContain(p);
    for (const d of m.data) {
      expect(existsSync(join(DIST, d.path)), d.path).toBe(true);
      expect(d.description.length).toBeGreaterThan(10);
    }
    expect(m.data.find((d) => d.path.endsWith('feed.xml'))!.format).toBe('application/rss+xml');
  });
});

describe('JSON-LD and Open Graph on each page', () => {
  const ld = (l: string, id: string) => {
    const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readPage(l, id));
    return m ? JSON.parse(m[1]!) : undefined;
  };
  it('policy texts are Legislation with identifier, date and legal force from the status', () => {
    expect(ld('zh-hans', 'urbanization-action-plan-2024-2025')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '鲁政发〔2024〕1号',
      legislationDate: '2024-01-19',
      legislationLegalForce: 'https://schema.org/NotInForce',
      temporalCoverage: '2024/2025',
      inLanguage: 'zh-Hans',
    });
    expect(ld('zh-hant', 'urban-development-opinions-2026')).toMatchObject({
      '@type': 'Legislation',
      name: '關於推動城市高質量發展的實施意見',
      legislationIdentifier: `${SITE}data/documents/urban-development-opinions-2026.json`,
      legislationDate: '2026-01-21',
      legislationLegalForce: 'https://schema.org/InForce',
      inLanguage: 'zh-Hant',
    });
  });
  it('a news report is a NewsArticle, a transcript an Article about the event and the text it interprets', () => {
    expect(ld('zh-hans', 'urban-work-conference-2025-09-18')).toMatchObject({
      '@type': 'NewsArticle',
      headline: '全省城市工作会议召开：奋力开创具有山东特色的城市发展新局面',
      datePublished: '2025-09-18',
    });
    const t = ld('zh-hans', 'briefing-2026-01-21');
    expect(t['@type']).toBe('Article');
    expect(t.about.map((a: { '@type': string }) => a['@type'])).toEqual(['Event', 'Legislation']);
    expect(t.about[1].url).toBe(`${SITE}zh-hans/urban-development-opinions-2026/`);
  });
  it('every document page has its JSON-LD, Open Graph tags and a link to its JSON', () => {
    for (const l of localeIds) {
      for (const id of ids) {
        const html = readPage(l, id);
        expect(ld(l, id)?.url).toBe(`${SITE}${l}/${id}/`);
        expect(html).toContain(`<meta property="og:url" content="${SITE}${l}/${id}/">`);
        expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
        expect(html).toContain(`<meta property="og:locale" content="${locales[l].ogLocale}">`);
        expect(html).toContain(`<link rel="alternate" type="application/json" href="/data/documents/${id}.json">`);
      }
    }
  });
});
