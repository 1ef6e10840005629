import { createHash } from 'node:crypto';
import type { DocEntry } from './docs.ts';
import type { Locale } from './i18n/locales.ts';

/** The printable kit: which PDFs exist, where they live, and what goes on them. Shared by pages and the renderer. */
export type PdfKind = 'handout' | 'large' | 'factsheet' | 'booklet';

export const pdfPath = (locale: Locale, id: string, kind: PdfKind): string =>
  `pdf/${locale}/${kind === 'booklet' ? 'booklet' : kind === 'handout' ? id : `${id}-${kind}`}.pdf`;

/** A fact sheet is made for a policy text that is divided into parts (一、…) with articles or items. */
export const hasFactsheet = (e: DocEntry): boolean => e.data.type === 'policy' && e.data.toc.some((t) => t.depth > 1);

/** Short content hash printed on paper so a copy can be matched to the web version. */
export const contentHash = (e: DocEntry): string => createHash('sha256').update(e.body ?? '').digest('hex').slice(0, 10);

/** The version date: the latest date the content itself carries (publication or document date), never the clock. */
export const versionDate = (e: DocEntry): string => [e.data.date, e.data.published?.slice(0, 10)].filter(Boolean).sort().at(-1)!;

/** A running-header title: the document title without book-title marks, shortened. */
export function shortTitle(title: string, max = 26): string {
  const t = title.replace(/[《》]/g, '');
  return [...t].length > max ? `${[...t].slice(0, max - 1).join('')}…` : t;
}
