import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { extractEvents } from '../../src/lib/pipeline/events.ts';
import { buildCorpus, type StructuredDoc } from '../../src/lib/pipeline/index.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';

const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(ROOT), conv.toSimplified);

describe('timeline events computed from the texts', () => {
  it('finds the events the documents report, with the year from the document when the text gives none', () => {
    const events = extractEvents(docs).map((e) => `${e.date} ${e.doc}`);
    expect(events).toEqual([
      '2024-01-30 urbanization-action-plan-2024-2025',
      '2025-07 briefing-2026-01-21',
      '2025-09-18 urban-work-conference-2025-09-18',
      '2025-09-18 urban-work-conference-2025-09-18',
      '2026-01-21 briefing-2026-01-21',
    ]);
  });
  it('a new document adds its events with no code change; a date without an event verb is not an event', () => {
    const extra: StructuredDoc = {
      meta: { id: 'new', title: '新', type: 'news', script: 'hans', date: '2026-03-01' },
      blocks: [
        { kind: 'para', id: 'p-1', text: '3月5日，全省城市更新现场会在青岛召开。' },
        { kind: 'para', id: 'p-2', text: '3月6日天气晴朗。' },
      ],
    };
    expect(extractEvents([extra])).toEqual([{ date: '2026-03-05', doc: 'new', id: 'p-1', sentence: '3月5日，全省城市更新现场会在青岛召开。' }]);
  });
});
