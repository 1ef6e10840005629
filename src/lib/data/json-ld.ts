import type { DocStatus } from '../pipeline/status.ts';
import { legalForce } from './status-words.ts';

export interface LdInput {
  docId: string;
  title: string;
  type: 'policy' | 'transcript' | 'news' | 'interpretation';
  lang: string;
  date: string;
  published?: string;
  issuer?: string;
  publisher?: string;
  docNumber?: string;
  abstract?: string;
  status?: DocStatus;
}

const org = (name: string | undefined) => (name ? name.split(/[、\/]/).map((n) => ({ '@type': 'Organization', name: n.trim() })) : undefined);
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * schema.org for one page: Legislation for a policy text (identifier, date, legal force from the status), a
 * NewsArticle for a news report, an Article about an Event for a transcript, an Article about its text for an
 * interpretation. `url` is the page; `dataUrl` the document's JSON, the identifier when the text has no 文号.
 * `about` is the page URL of each document it interprets.
 */
export function jsonLd(d: LdInput, url: string, dataUrl: string, about: { name: string; url: string }[] = []): Record<string, unknown> {
  const common = {
    '@context': 'https://schema.org',
    name: d.title,
    url,
    inLanguage: d.lang,
    datePublished: (d.published ?? d.date).slice(0, 10),
    description: d.abstract,
  };
  if (d.type === 'policy') {
    const p = d.status?.period;
    return clean({
      ...common,
      '@type': 'Legislation',
      legislationIdentifier: d.docNumber ?? dataUrl,
      legislationDate: d.date,
      legislationLegalForce: legalForce(d.status),
      legislationPassedBy: org(d.issuer),
      temporalCoverage: p ? `${p.from}/${p.to}` : undefined,
      encoding: { '@type': 'MediaObject', contentUrl: dataUrl, encodingFormat: 'application/json' },
    });
  }
  const aboutThings = about.map((a) => ({ '@type': 'Legislation', name: a.name, url: a.url }));
  if (d.type === 'news') return clean({ ...common, '@type': 'NewsArticle', headline: d.title, publisher: org(d.publisher)?.[0] });
  if (d.type === 'transcript') {
    return clean({
      ...common,
      '@type': 'Article',
      headline: d.title,
      about: [{ '@type': 'Event', name: d.title, startDate: d.date, organizer: org(d.issuer ?? d.publisher)?.[0] }, ...aboutThings],
    });
  }
  return clean({ ...common, '@type': 'Article', headline: d.title, about: aboutThings.length ? aboutThings : undefined });
}

/** JSON for a <script type="application/ld+json">: `</` escaped so a title can never close the element. */
export const ldScript = (o: unknown) => JSON.stringify(o).replace(/</g, '\\u003c');
