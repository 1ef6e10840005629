import { createHash } from 'node:crypto';
import { makesFactsheet } from './catalog.ts';
import type { CatalogEntry, DocEntry } from './docs.ts';
import type { Booklet } from './booklets.ts';
import type { Locale } from './i18n/locales.ts';
import { t, type UiKey } from './i18n/ui.ts';
import { WHOLE_LIBRARY } from './partition.ts';

/** The printable kit: which PDFs exist, where they live, and what goes on them. Shared by pages and the renderer. */
export type PdfKind = 'handout' | 'large' | 'factsheet' | 'booklet';

/**
 * Where a PDF is published. A booklet's id is its volume's key: the one volume of a small library is booklet.pdf, as
 * it always was; the volumes of a large one are booklet-<key>.pdf (booklet-policy-2025-2.pdf).
 */
export const pdfPath = (locale: Locale, id: string, kind: PdfKind): string =>
  `pdf/${locale}/${kind === 'booklet' ? (id === WHOLE_LIBRARY ? 'booklet' : `booklet-${id}`) : kind === 'handout' ? id : `${id}-${kind}`}.pdf`;

/** Whether a document has a fact sheet (src/lib/catalog.ts makesFactsheet): from its contents, or as the catalogue says. */
export const hasFactsheet = (e: { data: DocEntry['data'] | CatalogEntry['data'] }): boolean => ('factsheet' in e.data ? e.data.factsheet : makesFactsheet(e.data));

/** Short content hash printed on paper so a copy can be matched to the web version. */
export const contentHash = (e: DocEntry): string => createHash('sha256').update(e.body ?? '').digest('hex').slice(0, 10);

/** The version date: the latest date the content itself carries (publication or document date), never the clock. */
export const versionDate = (e: DocEntry): string => [e.data.date, e.data.published?.slice(0, 10)].filter(Boolean).sort().at(-1)!;

/** A running-header title: the document title without book-title marks, shortened. */
export function shortTitle(title: string, max = 26): string {
  const bare = title.replace(/[《》]/g, '');
  return [...bare].length > max ? `${[...bare].slice(0, max - 1).join('')}…` : bare;
}

/** A volume's name as its cover, running heads and the downloads page print it: 政策文件 · 2025年（第2册）. */
export function bookletName(locale: Locale, b: Booklet): string {
  if (b.key === WHOLE_LIBRARY) return t(locale, 'downloads.bookletLink');
  const year = /^\d{4}$/.test(b.year) ? t(locale, 'booklet.year', { year: b.year }) : t(locale, 'booklet.undated');
  return `${t(locale, `booklet.type.${b.type}` as UiKey)} · ${year}${b.part ? t(locale, 'booklet.part', { n: b.part }) : ''}`;
}
