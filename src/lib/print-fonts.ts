import { locales, type Locale } from './i18n/locales.ts';

export type KitScript = 'sc' | 'tc';
/** The kit's font script for a locale: Simplified pages print in the SC face, Traditional in the TC face. */
export const kitScript = (locale: Locale): KitScript => (locales[locale].script === 'hans' ? 'sc' : 'tc');
/** The family name the print pages use for a script's faces. */
export const kitFamily = (script: KitScript): string => `Policy Kit Serif ${script.toUpperCase()}`;
export const KIT_WEIGHTS = { '400': 'Regular', '700': 'Bold' } as const;

/**
 * @font-face rules for the kit's serif faces under a family name no system font can alias: a machine with its own
 * Noto CJK installed must still produce the same PDF, with the same embedded fonts. The files are the subsets that
 * the PDF renderer builds from the npm fonts and serves at print-fonts/ (src/lib/pdf/fonts.ts).
 */
export function kitFontFaces(script: KitScript, urlBase: string): { family: string; css: string } {
  const family = kitFamily(script);
  const css = Object.keys(KIT_WEIGHTS)
    .map(
      (w) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${w};font-display:block;src:url(${urlBase}${script}-${w}.ttf) format('truetype')}`,
    )
    .join('\n');
  return { family, css };
}
