import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .map((f) => join(dir, f));
const src = files(join(ROOT, 'src')).concat(files(join(ROOT, 'scripts')));
/** runtime imports only: `import type` is erased and couples nothing */
const imports = (f: string) => [...readFileSync(f, 'utf8').matchAll(/^import(?!\s+type\b)[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('import rules', () => {
  it('pipeline, schema and i18n stay pure: no fs, astro:*, opencc-js, puppeteer or pagefind', () => {
    const pure = src.filter((f) => /src\/lib\/(pipeline|schema|i18n)\//.test(f));
    expect(pure.length).toBeGreaterThan(10);
    const bad = pure.flatMap((f) => imports(f).filter((i) => /^(node:|fs$|astro:|opencc-js|puppeteer|pagefind)/.test(i)).map((i) => `${relative(ROOT, f)} imports ${i}`));
    expect(bad).toEqual([]);
  });
  it('only src/lib/opencc.ts imports opencc-js', () => {
    expect(src.filter((f) => imports(f).some((i) => i.startsWith('opencc-js'))).map((f) => relative(ROOT, f))).toEqual(['src/lib/opencc.ts']);
  });
  it('each heavy dependency has one importer in src', () => {
    const importers = (dep: string) => src.filter((f) => f.includes('/src/') && imports(f).some((i) => i === dep)).map((f) => relative(ROOT, f));
    expect(importers('puppeteer-core')).toEqual(['src/lib/pdf/render.ts']);
    expect(importers('pdf-lib')).toEqual(['src/lib/pdf/finish.ts']);
    expect(importers('subset-font')).toEqual(['src/lib/pdf/fonts.ts']);
    expect(importers('pagefind')).toEqual(['src/lib/search/build-index.ts']);
    expect(importers('harfbuzzjs')).toEqual(['src/lib/pdf/fonts.ts']);
    expect(importers('entities')).toEqual(['src/lib/html-entities.ts']);
    expect(importers('sirv')).toEqual(['src/lib/serve.ts']);
    expect(importers('mammoth')).toEqual(['src/lib/sources/docx.ts']);
    expect(importers('linkedom')).toEqual(['src/lib/sources/dom.ts']);
    expect(importers('@mozilla/readability')).toEqual(['src/lib/sources/html.ts']);
    expect(importers('unpdf')).toEqual(['src/lib/sources/pdf.ts']);
  });
  it('only src/lib/options.ts reads the environment (src, scripts, tests and astro.config.mjs)', () => {
    const all = [...src, ...files(join(ROOT, 'tests')).filter((f) => !f.includes('/fixtures/')), join(ROOT, 'astro.config.mjs')];
    const readers = all.filter((f) => /\bprocess\.env\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(readers).toEqual(['src/lib/options.ts']);
  });
  it('pages never import the pipeline', () => {
    const pages = src.filter((f) => /src\/(pages|components|layouts)\//.test(f));
    expect(pages.flatMap((f) => imports(f).filter((i) => i.includes('/pipeline/')))).toEqual([]);
  });
});
