import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './i18n/locales.ts';

export type DocEntry = CollectionEntry<'docs'>;

const typeOrder = { policy: 0, interpretation: 1, transcript: 2, news: 3 } as const;

/** Documents of one script in reading order: policy texts first, then by date, newest first. */
export async function docsFor(locale: Locale): Promise<DocEntry[]> {
  const all = await getCollection('docs', (e) => e.data.locale === locale);
  return all.sort((a, b) => typeOrder[a.data.type] - typeOrder[b.data.type] || b.data.date.localeCompare(a.data.date) || a.data.docId.localeCompare(b.data.docId));
}

/** Rough reading time: 400 Chinese characters a minute. */
export function readingMinutes(body: string | undefined): number {
  const han = (body ?? '').match(/\p{sc=Han}/gu)?.length ?? 0;
  return Math.max(1, Math.round(han / 400));
}
