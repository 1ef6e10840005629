/** The one table of scripts. Nothing else hard-codes 'zh-hant'. */
export const locales = {
  'zh-hans': { path: 'zh-hans', lang: 'zh-Hans', label: '简体', script: 'hans', ogLocale: 'zh_CN' },
  'zh-hant': { path: 'zh-hant', lang: 'zh-Hant', label: '繁體', script: 'hant', ogLocale: 'zh_TW' },
} as const satisfies Record<string, { path: string; lang: string; label: string; script: 'hans' | 'hant'; ogLocale: string }>;

export type Locale = keyof typeof locales;
export const localeIds = Object.keys(locales) as Locale[];
export const defaultLocale: Locale = 'zh-hans';
export const otherLocale = (l: Locale): Locale => localeIds.find((x) => x !== l)!;
export const isLocale = (s: string | undefined): s is Locale => !!s && s in locales;

/** getStaticPaths for a page built once per script. */
export const localePaths = () => localeIds.map((locale) => ({ params: { locale } }));
