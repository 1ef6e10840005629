import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { FEED_ITEMS } from '../../lib/data/parts.ts';
import { generatedText } from '../../lib/data/site-data.ts';
import { docsFor, libraryPaths, publicDate } from '../../lib/docs.ts';
import { locales, localePaths, type Locale } from '../../lib/i18n/locales.ts';
import { t } from '../../lib/i18n/ui.ts';
import { docPath, href } from '../../lib/site.ts';

export const getStaticPaths = () => libraryPaths(localePaths);

/** RSS 2.0 per script, newest first: the newest FEED_ITEMS documents with their title, date, type, summary and page. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const docs = (await docsFor(locale)).sort((a, b) => publicDate(b).localeCompare(publicDate(a)) || a.data.docId.localeCompare(b.data.docId)).slice(0, FEED_ITEMS);
  const siteName = t(locale, 'site.name');
  return rss({
    title: t(locale, 'feed.title', { site: siteName }),
    description: t(locale, 'site.tagline'),
    site: new URL(href(`${locale}/`), site).href,
    customData: `<language>${locales[locale].lang}</language>`,
    items: docs.map((e) => ({
      title: e.data.title,
      link: new URL(docPath(locale, e.data.docId), site).href,
      pubDate: new Date(`${publicDate(e)}T00:00:00+08:00`),
      description: generatedText(e.data.docId).summary[locale],
      categories: [t(locale, `type.${e.data.type}`)],
    })),
  });
};
