import { describe, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus } from '../../src/lib/pipeline/index.ts';
import { ContentError } from '../../src/lib/schema/friendly.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';
import { cases, matchExpected } from './fixtures.ts';

/** Stages 2–3 (structure, merge) on small corpora: content/sources folders → structured documents as JSON. */
const conv = createConverters(readDictionaries(ROOT));

describe('structure and merge (fixtures)', () => {
  for (const c of cases('corpus')) {
    it(c.name, async () => {
      let actual: string;
      try {
        const { docs, reports } = buildCorpus(await readSources(c.dir), conv.toSimplified);
        actual = `${JSON.stringify({ counts: reports.map((r) => ({ id: r.id, ...r.counts })), docs }, null, 1)}\n`;
      } catch (e) {
        if (!(e instanceof ContentError)) throw e;
        actual = `error: ${e.message}\n`;
      }
      matchExpected(c.dir, 'expected.txt', actual);
    });
  }
});
