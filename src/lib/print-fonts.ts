import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * @font-face rules for the kit's serif faces, from the npm packages, under a family name no system font can alias:
 * a machine with its own Noto CJK installed must still produce the same PDF, with the same embedded fonts.
 */
export function kitFontFaces(script: 'sc' | 'tc', urlBase: string): { family: string; css: string } {
  const pkg = dirname(require.resolve(`@fontsource/noto-serif-${script}/package.json`));
  const family = `Policy Kit Serif ${script.toUpperCase()}`;
  const css = ['400', '700']
    .map((w) => readFileSync(join(pkg, `${w}.css`), 'utf8'))
    .join('\n')
    .replace(/font-family: '[^']+';/g, `font-family: '${family}';`)
    .replace(/font-display: swap;/g, 'font-display: block;')
    .replace(/url\(\.\/files\/([^)]+)\)/g, (_m, f: string) => `url(${urlBase}${f})`)
    .replace(/,\s*url\([^)]+\.woff\) format\('woff'\)/g, '');
  return { family, css };
}
