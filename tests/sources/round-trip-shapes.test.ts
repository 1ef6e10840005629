import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { textsOf } from '../../src/lib/pipeline/tree.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { readDocx } from '../../src/lib/sources/docx.ts';
import { readHtml } from '../../src/lib/sources/html.ts';
import { ROOT } from '../helpers.ts';
import { makeDocx, makeHtml, paragraphsOf } from '../make-sources.ts';
import { SHAPES } from '../shapes.ts';

/**
 * The seven public documents of tests/fixtures/shapes (a regulation in 章/节/条/款/项, a Taiwan code excerpt, a Q&A,
 * a notice with attachments, tables…) made into a Word file and a saved page and built in place of their text:
 * the same sentences, the same counts of every block kind (tables included) as their source.txt.
 */
const conv = createConverters(readDictionaries(ROOT));
const shapes = await readSources(SHAPES);
const baseline = buildCorpus(shapes, conv.toSimplified);
const sentences = (doc: StructuredDoc) =>
  textsOf(doc.blocks)
    .flatMap((t) => t.replace(/\s+/g, '').split(/(?<=[。！？；])/))
    .filter(Boolean);

function compare(id: string, raw: string) {
  const i = shapes.findIndex((s) => s.id === id);
  const built = buildCorpus(
    shapes.map((s) => (s.id === id ? { ...s, raw } : s)),
    conv.toSimplified,
  );
  const got = new Set(sentences(built.docs[i]!));
  const want = sentences(baseline.docs[i]!);
  expect(want.filter((s) => !got.has(s))).toEqual([]);
  expect(built.reports[i]!.counts).toEqual(baseline.reports[i]!.counts);
}

describe('a public document as .docx and .html builds the same document as its source.txt', () => {
  for (const s of shapes) {
    const paras = paragraphsOf(s.raw);
    it(`${s.id}: Word`, async () => compare(s.id, (await readDocx(await makeDocx(paras), `${s.id}/source.docx`)).raw));
    it(`${s.id}: saved web page`, () => {
      const raw = readHtml(makeHtml(paras, { title: s.meta.title, published: `${s.meta.date}T09:00` }), `${s.id}/source.html`).raw;
      // the page's own <h1>, a title line the scraped source.txt does not have, opens the article unless Readability
      // took it for a repeat of the page's <title>
      const [first, ...rest] = raw.split('\n\n');
      compare(s.id, first === s.meta.title ? rest.join('\n\n') : raw);
    });
  }
});
