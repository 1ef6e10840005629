import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, locales } from '../i18n/locales.ts';
import type { KitEntry } from './kit-entry.ts';
import { KitError } from './kit-error.ts';

export const formatBytes = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/**
 * Replace <span data-pdf-info="pdf/…">…</span> placeholders in every built page with “N 页 · 420 KB” (`pagesWord` by
 * the page's lang). A link to a PDF that was not rendered fails the build (or the assembly of a library's parts).
 */
export function fillPdfInfo(dist: string, entries: KitEntry[], pagesWord: Record<string, string>): void {
  const byPdf = new Map(entries.map((e) => [e.pdf, e]));
  for (const f of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const p = join(dist, f);
    const html = readFileSync(p, 'utf8');
    if (!html.includes('data-pdf-info')) continue;
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? locales[defaultLocale].lang;
    const filled = html.replace(/(<span data-pdf-info="([^"]+)">)[^<]*(<\/span>)/g, (_m, open: string, pdf: string, close: string) => {
      const e = byPdf.get(pdf);
      if (!e) throw new KitError(`dist/${f}`, undefined, undefined, `links ${pdf}, which was not rendered`);
      return `${open}${(pagesWord[lang] ?? '{n}').replace('{n}', String(e.pages))} · ${formatBytes(e.bytes)}${close}`;
    });
    writeFileSync(p, filled);
  }
}
