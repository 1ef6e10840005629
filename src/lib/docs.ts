import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './i18n/locales.ts';

export type DocEntry = CollectionEntry<'docs'>;

const typeOrder = { policy: 0, interpretation: 1, transcript: 2, news: 3 } as const;

/** Documents of one script in reading order: policy texts first, then by date, newest first; variants last. */
export async function docsFor(locale: Locale): Promise<DocEntry[]> {
  const all = await getCollection('docs', (e) => e.data.locale === locale);
  return all.sort(
    (a, b) =>
      Number(!!a.data.mergedInto) - Number(!!b.data.mergedInto) ||
      typeOrder[a.data.type] - typeOrder[b.data.type] ||
      b.data.date.localeCompare(a.data.date) ||
      a.data.docId.localeCompare(b.data.docId),
  );
}

/** When a document became public: its publication date where known, else its own date. */
export const publicDate = (e: DocEntry): string => (e.data.published ?? e.data.date).slice(0, 10);

/** Rough reading time: 400 Chinese characters a minute. */
export function readingMinutes(body: string | undefined): number {
  const han = (body ?? '').match(/\p{sc=Han}/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / 400));
}
