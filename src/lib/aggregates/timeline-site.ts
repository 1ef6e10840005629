import { generatedJson } from '../data/generated.ts';
import { docsFor, publicDate } from '../docs.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Event } from '../pipeline/events.ts';
import { type TimelineDoc, timelinePlan, timelineRows } from './timeline.ts';

/** The timeline of one script: its documents' metadata (docsFor, e.data only) and the generated events, planned. */
export async function timelineOf(locale: Locale) {
  const docs = (await docsFor(locale)).filter((e) => !e.data.mergedInto);
  const titles = Object.fromEntries(docs.map((e) => [e.data.docId, e.data.title]));
  const rows = timelineRows<TimelineDoc>(
    docs.map((e) => ({
      date: publicDate(e),
      doc: {
        id: e.data.docId,
        title: e.data.title,
        type: e.data.type,
        interprets: (e.data.interprets ?? []).map((id) => titles[id]).filter((x): x is string => !!x),
      },
    })),
    generatedJson('events')[locale] ?? [],
  );
  return { plan: timelinePlan(rows), titles };
}

/** The titles an entry list needs: those of the documents its events are reported in. */
export const titlesFor = (rows: readonly { kind: string; event?: Event }[], titles: Record<string, string>): Record<string, string> =>
  Object.fromEntries(rows.flatMap((r) => (r.event ? [[r.event.doc, titles[r.event.doc] ?? r.event.doc]] : [])));
