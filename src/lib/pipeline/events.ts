import { ownTexts, visit } from './tree.ts';
import type { StructuredDoc } from './types.ts';

/**
 * Events the documents report, for the timeline: a sentence with a date (2025年7月, 2026年1月21日, 9月18日 with the
 * year taken from the document's own date) and an event verb (召开, 举行, 印发, 发布, 出台 …). Computed, never typed in.
 */
export interface Event {
  /** ISO date or month: 2025-07, 2026-01-21 */
  date: string;
  doc: string;
  id: string;
  sentence: string;
}

const VERB = /召开|举行|印发|发布|出台|通过|启动|开通|通车|签署|批复|公布|实施/;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/g;

export function extractEvents(docs: StructuredDoc[]): Event[] {
  const out: Event[] = [];
  for (const d of docs) {
    if (d.mergedInto) continue;
    const docYear = d.meta.date.slice(0, 4);
    const scan = (id: string, text: string) => {
      for (const sentence of text.match(/[^。；！？]+[。；！？]?/gu) ?? []) {
        if (!VERB.test(sentence)) continue;
        const m = [...sentence.matchAll(DATE)][0];
        if (!m || m.index! > 20) continue; // the date leads the sentence: “2025年7月，中央城市工作会议在北京召开”
        const year = m[1] ?? docYear;
        const month = m[2]!.padStart(2, '0');
        const date = m[3] ? `${year}-${month}-${m[3].padStart(2, '0')}` : `${year}-${month}`;
        if (Number(month) > 12) continue;
        out.push({ date, doc: d.meta.id, id, sentence: sentence.trim() });
      }
    };
    if (d.meta.abstract) scan('top', d.meta.abstract);
    visit(d.blocks, (b) => {
      for (const text of ownTexts(b, { notes: false, asides: false, subtitles: false })) scan(b.id, text);
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.doc.localeCompare(b.doc));
}
