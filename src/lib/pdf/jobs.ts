import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeAttribute, decodeText } from '../html-entities.ts';
import { isLocale, type Locale } from '../i18n/locales.ts';
import { pdfPath, type PdfKind } from '../kit.ts';
import type { PdfMeta } from './finish.ts';
import { KitError } from './kit-error.ts';

export interface PdfJob {
  locale: Locale;
  kind: PdfKind;
  id: string;
  /** print route under the base, e.g. print/zh-hans/handout/x/ */
  route: string;
  /** PDF path under the base, e.g. pdf/zh-hans/x.pdf */
  pdf: string;
  meta: PdfMeta;
  /** this job's page is another job's page with one attribute set on <html> (the large print): printed from its tab */
  variant?: { of: string; attribute: string };
  /** a booklet: the documents it prints, in order (its contents' page numbers come from their handouts) */
  docs?: string[];
}

const attr = (html: string, re: RegExp) => decodeAttribute(re.exec(html)?.[1] ?? '');
const text = (html: string, re: RegExp) => decodeText(re.exec(html)?.[1] ?? '');

/**
 * Every print route the site build wrote under dist/print, booklets last (they need the handouts' page counts): a
 * handout, large print and fact sheet per document (print/<locale>/<kind>/<id>/), a booklet per volume
 * (print/<locale>/booklet/<volume key>/, whose id is the key).
 */
export function discoverJobs(dist: string): PdfJob[] {
  const root = join(dist, 'print');
  if (!existsSync(root)) return [];
  const jobs: PdfJob[] = [];
  for (const locale of readdirSync(root).filter(isLocale).sort()) {
    const add = (kind: PdfKind, id: string, route: string) => {
      const html = readFileSync(join(dist, route, 'index.html'), 'utf8');
      const docs = kind === 'booklet' ? { docs: [...html.matchAll(/data-pdf-start="([^"]+)"/g)].map((m) => decodeAttribute(m[1]!)) } : {};
      jobs.push({
        locale,
        kind,
        id,
        route,
        pdf: pdfPath(locale, id, kind),
        meta: {
          title: text(html, /<title>([^<]*)<\/title>/),
          author: attr(html, /<meta name="author" content="([^"]*)"/),
          subject: attr(html, /<meta name="description" content="([^"]*)"/),
          lang: attr(html, /<html lang="([^"]+)"/),
          date: attr(html, /<meta name="dcterms.modified" content="([^"]+)"/),
          keywords: attr(html, /<meta name="keywords" content="([^"]*)"/)
            .split(',')
            .filter(Boolean),
        },
        ...docs,
      });
    };
    for (const kind of ['handout', 'large', 'factsheet', 'booklet'] as const) {
      const dir = join(root, locale, kind);
      if (existsSync(dir)) for (const id of readdirSync(dir).sort()) add(kind, id, `print/${locale}/${kind}/${id}/`);
    }
  }
  // a document whose id reads booklet-<volume key> would overwrite that volume's booklet
  const seen = new Map<string, PdfJob>();
  for (const job of jobs) {
    const other = seen.get(job.pdf);
    if (other) throw new KitError(`${job.route}index.html`, undefined, undefined, `its PDF ${job.pdf} is also ${other.route}'s: rename the document`);
    seen.set(job.pdf, job);
  }
  for (const job of jobs.filter((j) => j.kind === 'large')) {
    const handout = jobs.find((j) => j.kind === 'handout' && j.locale === job.locale && j.id === job.id);
    if (handout && sameBut(dist, handout.route, job.route, 'data-large')) job.variant = { of: handout.route, attribute: 'data-large' };
  }
  return jobs.sort((a, b) => Number(a.kind === 'booklet') - Number(b.kind === 'booklet'));
}

/** True when print page b is print page a with `attribute` set on <html> (the description may differ: not printed). */
function sameBut(dist: string, a: string, b: string, attribute: string): boolean {
  const page = (route: string) => readFileSync(join(dist, route, 'index.html'), 'utf8').replace(/<meta name="description" content="[^"]*">/, '');
  const on = new RegExp(`\\s${attribute}(?=[\\s>])`);
  const base = page(a);
  if (on.test(/<html[^>]*>/.exec(base)?.[0] ?? '')) return false;
  return page(b).replace(/<html[^>]*>/, (tag) => tag.replace(on, '')) === base;
}
