import type { Locale } from '../i18n/locales.ts';
import { t, type UiKey } from '../i18n/ui.ts';

/** The search UI's strings for one script, handed to the browser module as a data attribute. */
export function searchLabels(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    (['exact', 'partial', 'none', 'loading', 'error', 'occurrences', 'docNumber'] as const)
      .map((k) => [k, t(locale, `search.${k}` as UiKey)])
      .concat((['policy', 'transcript', 'news', 'interpretation', 'reference'] as const).map((k) => [`type.${k}`, t(locale, `type.${k}` as UiKey)])),
  );
}
