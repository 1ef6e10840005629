import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KitEntry } from './kit-entry.ts';
import { KitError } from './kit-error.ts';
import type { PdfJob } from './jobs.ts';

/**
 * The booklet's contents get their page numbers: each document starts on the page after the cover, the contents and
 * the documents before it. Written into the print page, so the booklet's cache key is that of the numbered page.
 */
export function fillBookletNumbers(dist: string, job: PdfJob, handout: (pdf: string) => KitEntry | undefined): void {
  if (job.kind !== 'booklet') return;
  const file = join(dist, job.route, 'index.html');
  let page = 3;
  const html = readFileSync(file, 'utf8').replace(/(data-pdf-start="([^"]+)"[^>]*>)[^<]*</g, (_m, open: string, id: string) => {
    const entry = handout(`pdf/${job.locale}/${id}.pdf`);
    if (!entry) throw new KitError(`${job.route}index.html`, undefined, 'data-pdf-start', `no handout PDF for ${id}`);
    const at = page;
    page += entry.pages;
    return `${open}${at}<`;
  });
  writeFileSync(file, html);
}
