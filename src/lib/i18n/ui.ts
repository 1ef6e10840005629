import hans from './ui.zh-Hans.json';
import hant from './ui.zh-Hant.json';
import type { Locale } from './locales.ts';

/** UI strings written by a person for each script (搜索 / 搜尋), never converted. Both files have the same keys. */
export type UiKey = keyof typeof hans;
const tables: Record<Locale, Record<UiKey, string>> = { 'zh-hans': hans, 'zh-hant': hant satisfies Record<UiKey, string> };

/** A UI string; `{n}`-style placeholders are filled from `vars`. */
export const t = (locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string =>
  tables[locale][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
export const uiKeys = (locale: Locale): string[] => Object.keys(tables[locale]).sort();
