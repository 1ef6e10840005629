import { isLocale, type Locale } from './i18n/locales.ts';

/** A path inside the site, under the configured base (sub-path hosting). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

/** The locale of the page being rendered, from its URL (components do not see frontmatter). */
export function localeOf(url: URL): Locale {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  // /zh-hant/x/ for pages, /print/zh-hant/handout/x/ for print routes
  const seg = url.pathname.slice(base.length).split('/').filter(Boolean).slice(0, 2).find(isLocale);
  return seg ?? 'zh-hans';
}

export const docPath = (locale: Locale, id: string) => href(`${locale}/${id}/`);
/** A document page's public address (printed in PDFs and QR codes; never the render server's). */
export const docUrl = (locale: Locale, id: string, site: URL | undefined) => new URL(docPath(locale, id), site).href;

/** Open data and feeds (README, “Open data”): one feed per script, one JSON file per document, one index. */
export const feedPath = (locale: Locale) => `${locale}/feed.xml`;
export const docDataPath = (id: string) => `data/documents/${id}.json`;
export const dataIndexPath = 'data/index.json';
