import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus } from '../../src/lib/pipeline/index.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';
import { handCounts, SHAPES, structureCounts } from '../shapes.ts';

/** Each public document of tests/fixtures/shapes structured as counted by hand (chapters, articles, 款, 项, tables …). */
const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(SHAPES), conv.toSimplified);
const expected = handCounts();

describe('public documents of every shape: structure counted by hand', () => {
  it('has at least six documents, each with its hand counts', () => {
    expect(docs.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(expected).sort()).toEqual(docs.map((d) => d.meta.id).sort());
  });
  for (const doc of docs) {
    it(`${doc.meta.id} (${expected[doc.meta.id]?.kind})`, () => {
      const { kind: _kind, origin: _origin, ...counts } = expected[doc.meta.id]!;
      const found = structureCounts(doc.blocks);
      expect(Object.fromEntries(Object.keys(counts).map((k) => [k, found[k]]))).toEqual(counts);
    });
  }
});
