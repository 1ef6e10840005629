import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/lib/i18n/locales.ts';
import { DIST, generatedTargets, generatedTerms, ROOT } from '../helpers.ts';

/**
 * 指标一览, 政策热词 and 时间线 are split into pages (by deadline, by rank and term, by year): together their pages hold
 * exactly what content/generated holds, in both scripts, at the same paths, and no page is over the budget.
 */
const generated = (f: string) => JSON.parse(readFileSync(join(ROOT, 'content/generated', f), 'utf8'));
const pagesUnder = (l: string, dir: string): string[] =>
  readdirSync(join(DIST, l, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `${dir}/${f.slice(0, -'index.html'.length)}`)
    .sort();
const html = (l: string, p: string) => readFileSync(join(DIST, l, p, 'index.html'), 'utf8');
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const text = (s: string) => decode(s.replace(/<[^>]+>/g, '')).trim();
const sorted = (xs: string[]) => [...xs].sort();

describe.each(['targets', 'terms', 'timeline'])('%s pages', (dir) => {
  it('exist at the same paths in both scripts, each language switch leading to the same page', () => {
    const [a, b] = localeIds.map((l) => pagesUnder(l, dir));
    expect(a!.length).toBeGreaterThan(1);
    expect(b).toEqual(a);
    for (const l of localeIds) for (const p of a!) expect(html(l, p), `${l}/${p}`).toMatch(new RegExp(`<a class="lang-switch" href="/zh-han[st]/${p}"`));
  });
  it('each stays under 200 KB gzip', () => {
    for (const l of localeIds) for (const p of pagesUnder(l, dir)) expect(gzipSync(html(l, p)).length, `${l}/${p}`).toBeLessThan(200 * 1024);
  });
});

describe.each(localeIds)('%s: the union of the pages is the whole generated data', (l) => {
  it('指标一览: every figure once, with its deadline, kind, value and the link to its sentence', () => {
    const want = generatedTargets<{ doc: string; id: string; text: string; deadline?: string; kind: string; change?: string }>(l).map(
      (t) => `${t.doc}#${t.id} ${t.change ? `${t.change} ` : ''}${t.text} ${t.deadline ?? 'none'} ${t.kind}`,
    );
    const got = pagesUnder(l, 'targets').flatMap((p) =>
      [...html(l, p).matchAll(/<tr data-year="([^"]+)" data-kind="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => {
        const value = text(/<td class="t-value">([\s\S]*?)<\/td>/.exec(m[3]!)![1]!);
        const href = /<td class="t-source"><a href="\/[^/]+\/([^/]+)\/#([^"]+)"/.exec(m[3]!)!;
        return `${href[1]}#${href[2]} ${value} ${m[1]} ${m[2]}`;
      }),
    );
    expect(want.length).toBeGreaterThan(100);
    expect(sorted(got)).toEqual(sorted(want));
  });
  it('政策热词: every term has its entry (where documents link it), and every occurrence is linked on some page', () => {
    const terms = generatedTerms(l);
    const entries = new Map<string, string>();
    const links: string[] = [];
    for (const p of pagesUnder(l, 'terms')) {
      const page = html(l, p);
      const own = /^terms\/(term-\d+)\//.exec(p)?.[1];
      for (const m of page.matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)) {
        const entry = /<span id="(term-\d+)"[^>]*><\/span>([^<]+)<\/th>/.exec(m[1]!);
        if (entry) entries.set(entry[1]!, `${p}|${decode(entry[2]!)}`);
        const term = own ?? entry?.[1];
        if (!term) continue;
        // occurrence links name the document and its anchor; the document's own link (a term page's first cell) has no #
        for (const a of m[1]!.matchAll(/<a href="\/[^/]+\/([^/]+)\/#([^"]+)" aria-label/g)) links.push(`${term} ${a[1]}#${a[2]}`);
      }
    }
    expect(terms.length).toBeGreaterThan(100);
    for (const t of terms) expect(entries.get(t.id), t.id).toBe(`terms/${Math.ceil(Number(t.id.slice(5)) / 100)}/|${t.term}`);
    expect(entries.size).toBe(terms.length);
    // a term whose documents are all on its row is linked there once; one with its own pages is linked there as well
    const want = terms.flatMap((t) => t.uses.flatMap((u) => u.ids.map((id) => `${t.id} ${u.doc}#${id}`)));
    expect(sorted([...new Set(links)])).toEqual(sorted([...new Set(want)]));
    expect(links.length).toBeGreaterThanOrEqual(want.length);
  });
  it('时间线: every event and every document once, in date order on its year’s page', () => {
    const events = generated('events.json')[l] as { date: string; doc: string; id: string; sentence: string }[];
    const index = JSON.parse(readFileSync(join(DIST, 'data/index.json'), 'utf8')) as { documents: { id: string; mergedInto?: string }[] };
    const want = [
      ...events.map((e) => `event ${e.date} ${e.doc}#${e.id} ${e.sentence}`),
      ...index.documents.filter((d) => !d.mergedInto).map((d) => `doc ${d.id}`),
    ];
    const got = pagesUnder(l, 'timeline')
      .filter((p) => p !== 'timeline/')
      .flatMap((p) => {
        const items = [
          ...html(l, p).matchAll(
            /<li class="timeline-(doc|event)"><time datetime="([^"]+)">[\s\S]*?<a href="\/[^/]+\/([^/]+)\/(?:#([^"]+))?">([\s\S]*?)<\/a>/g,
          ),
        ];
        const dates = items.map((m) => m[2]!);
        expect(dates, p).toEqual([...dates].sort());
        for (const d of dates) expect(p.startsWith(`timeline/${d.slice(0, 4)}/`), `${p} ${d}`).toBe(true);
        return items.map((m) => (m[1] === 'event' ? `event ${m[2]} ${m[3]}#${m[4]} ${text(m[5]!)}` : `doc ${m[3]}`));
      });
    expect(sorted(got)).toEqual(sorted(want));
  });
});
