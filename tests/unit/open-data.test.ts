import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { documentText, type ClauseData } from '../../src/lib/data/document.ts';
import { jsonLd, ldScript } from '../../src/lib/data/json-ld.ts';
import { documentJson, indexJson, type DocFacts } from '../../src/lib/data/publish.ts';
import { relationsOf } from '../../src/lib/data/relations.ts';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus, convertDocument } from '../../src/lib/pipeline/index.ts';
import { visit } from '../../src/lib/pipeline/tree.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';
import { cases } from './fixtures.ts';

/** The open data's shapes on a small corpus (tests/fixtures/corpus/status-relations): a repealed plan, its successor, a note on it. */
const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(join(ROOT, 'tests/fixtures/corpus/status-relations')), conv.toSimplified);
const hant = docs.map((d) => convertDocument(d, conv.toTraditional));
const facts = (d: (typeof docs)[number]): DocFacts => ({
  ...d.meta,
  docId: d.meta.id,
  sourceScript: d.meta.script,
  ...(d.mergedInto ? { mergedInto: d.mergedInto } : {}),
});
const all = { 'zh-hans': docs.map(facts), 'zh-hant': hant.map(facts) };
const urls = {
  page: (l: string, id: string) => `https://x.org/${l}/${id}/`,
  data: (id: string) => `https://x.org/data/documents/${id}.json`,
  feed: (l: string) => `https://x.org/${l}/feed.xml`,
};

/** ids of a clause of the JSON, its texts and its sub-clauses (the JSON's own tree, not the pipeline's block tree) */
const clauseIds = (c: ClauseData): string[] => [c.id, ...c.content.map((t) => t.id), ...c.clauses.flatMap(clauseIds)];

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const schema = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public/data', f), 'utf8'));
ajv.addSchema(schema('document.schema.json'));
const validDocument = ajv.compile({ $ref: 'document.schema.json' });
const validIndex = ajv.compile(schema('index.schema.json'));

describe('document JSON', () => {
  for (const [i, doc] of docs.entries()) {
    it(`${doc.meta.id} validates against public/data/document.schema.json`, () => {
      const json = documentJson(doc.meta.id, all, documentText(doc, hant[i]!), urls);
      expect(validDocument(json), JSON.stringify(validDocument.errors)).toBe(true);
    });
  }
  it('holds every block id of the tree once, each text in both scripts', () => {
    const doc = docs.find((d) => d.meta.id === 'old-plan')!;
    const text = documentText(doc, hant[docs.indexOf(doc)]!);
    const ids: string[] = [];
    visit(doc.blocks, (b) => {
      ids.push(b.id);
    });
    const seen = [...text.content.map((t) => t.id), ...text.clauses.flatMap(clauseIds)];
    expect(seen.sort()).toEqual(ids.sort());
    const article = text.clauses.flatMap((c) => c.clauses).find((c) => c.kind === 'article')!;
    expect(article).toMatchObject({ num: '（一）', title: { 'zh-hans': '促进产业集聚发展。', 'zh-hant': '促進產業集聚發展。' } });
  });
  it('states the status with its words in both scripts', () => {
    const i = docs.findIndex((d) => d.meta.id === 'old-plan');
    const json = documentJson('old-plan', all, documentText(docs[i]!, hant[i]!), urls) as { status: { text: Record<string, string>; validity: string } };
    expect(json.status.validity).toBe('expired');
    expect(json.status.text['zh-hans']).toBe(
      '效力：已到期；规划期 2022—2023年已结束；废止日期 2026-03-01；由《某某实施办法》废止；截至 2026-02-02（据本站所收文件）',
    );
    expect(json.status.text['zh-hant']).toBe(
      '效力：已到期；規劃期 2022—2023年已結束；廢止日期 2026-03-01；由《某某實施辦法》廢止；截至 2026-02-02（據本站所收文件）',
    );
  });
  it('a document without facts has status null', () => {
    const i = docs.findIndex((d) => d.meta.id === 'notes');
    expect(documentJson('notes', all, documentText(docs[i]!, hant[i]!), urls).status).toBeNull();
  });
  it('the index validates and lists every document', () => {
    const index = indexJson(all, urls) as { documents: { id: string }[] };
    expect(validIndex(index), JSON.stringify(validIndex.errors)).toBe(true);
    expect(index.documents.map((d) => d.id)).toEqual(['new-plan', 'notes', 'old-plan']);
  });
});

/** each corpus fixture that builds (the others are fixtures of a content error) */
const shapes: { name: string; built: ReturnType<typeof buildCorpus> }[] = [];
for (const c of cases('corpus')) {
  try {
    shapes.push({ name: c.name, built: buildCorpus(await readSources(c.dir), conv.toSimplified) });
  } catch {
    // a fixture of a content error
  }
}
const tableDocs = buildCorpus(await readSources(join(ROOT, 'tests/fixtures/corpus/notice-annex-table')), conv.toSimplified).docs;

describe('every shape the pipeline knows (each corpus fixture that builds)', () => {
  for (const { name, built } of shapes) {
    it(`${name}: every document's JSON validates and holds every block id of its tree`, () => {
      const tr = built!.docs.map((d) => convertDocument(d, conv.toTraditional));
      const f = { 'zh-hans': built!.docs.map(facts), 'zh-hant': tr.map(facts) };
      for (const [i, doc] of built!.docs.entries()) {
        const text = documentText(doc, tr[i]!);
        const json = documentJson(doc.meta.id, f, text, urls);
        expect(validDocument(json), `${doc.meta.id}: ${JSON.stringify(validDocument.errors?.slice(0, 2))}`).toBe(true);
        const ids: string[] = [];
        visit(doc.blocks, (b) => {
          ids.push(b.id);
        });
        expect([...text.content.map((t) => t.id), ...text.clauses.flatMap(clauseIds)].sort()).toEqual(ids.sort());
      }
    });
  }
  it('a table keeps its cells, in both scripts', () => {
    const d = tableDocs;
    const withTable = d.find((x) => JSON.stringify(x.blocks).includes('"kind":"table"'))!;
    const text = documentText(withTable, convertDocument(withTable, conv.toTraditional));
    const tables = JSON.stringify(text).match(/"kind":"table"/g) ?? [];
    expect(tables.length).toBeGreaterThan(0);
    expect(JSON.stringify(text)).toMatch(/"rows":\[\[\{"zh-hans":"[^"]*","zh-hant":"[^"]*"\}/);
  });
});

describe('relations both ways', () => {
  it('each end shows what the other states', () => {
    expect(relationsOf('old-plan', all['zh-hans'])).toEqual([
      { key: 'implementedBy', ids: ['new-plan'] },
      { key: 'repealedBy', ids: ['new-plan'] },
    ]);
    expect(relationsOf('new-plan', all['zh-hans'])).toEqual([
      { key: 'interpretedBy', ids: ['notes'] },
      { key: 'implements', ids: ['old-plan'] },
      { key: 'repeals', ids: ['old-plan'] },
    ]);
    expect(relationsOf('notes', all['zh-hans'])).toEqual([{ key: 'interprets', ids: ['new-plan'] }]);
  });
  it('related is symmetric and not repeated under another relation', () => {
    const list = [{ docId: 'a', related: ['b', 'c'], interprets: ['c'] }, { docId: 'b' }, { docId: 'c', related: ['b'] }];
    expect(relationsOf('b', list)).toEqual([{ key: 'related', ids: ['a', 'c'] }]);
    expect(relationsOf('a', list)).toEqual([
      { key: 'interprets', ids: ['c'] },
      { key: 'related', ids: ['b'] },
    ]);
  });
});

describe('JSON-LD', () => {
  it('a policy text is Legislation with identifier, date and legal force', () => {
    const d = all['zh-hans'].find((x) => x.docId === 'old-plan')!;
    const ld = jsonLd({ ...d, lang: 'zh-Hans' }, 'https://x.org/zh-hans/old-plan/', 'https://x.org/data/documents/old-plan.json');
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: 'https://x.org/data/documents/old-plan.json',
      legislationDate: '2022-03-01',
      legislationLegalForce: 'https://schema.org/NotInForce',
      temporalCoverage: '2022/2023',
    });
  });
  it('a 文号 is the identifier when the text gives one; an interpretation is an Article about its text', () => {
    expect(
      jsonLd({ docId: 'x', title: 't', type: 'policy', lang: 'zh-Hans', date: '2024-01-19', docNumber: '鲁政发〔2024〕1号' }, 'u', 'd').legislationIdentifier,
    ).toBe('鲁政发〔2024〕1号');
    const ld = jsonLd({ docId: 'notes', title: '说明', type: 'interpretation', lang: 'zh-Hans', date: '2026-02-02' }, 'u', 'd', [
      { name: '某某实施办法', url: 'https://x.org/zh-hans/new-plan/' },
    ]);
    expect(ld).toMatchObject({ '@type': 'Article', about: [{ '@type': 'Legislation', name: '某某实施办法' }] });
  });
  it('cannot close its script element', () => expect(ldScript({ name: '</script><b>' })).toBe('{"name":"\\u003c/script>\\u003cb>"}'));
});
