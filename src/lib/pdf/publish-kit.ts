// astro:build:done for the printable kit, in one named function: PDFs from the print routes, their sizes and page
// counts filled into the pages, dist/manifest.json, print routes removed. Any failure leaves as a KitError (a foreign
// error as its cause); a throwaway cache is removed whatever happens.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writePart } from '../assemble.ts';
import { localeIds, locales } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import { writeManifest } from '../manifest.ts';
import type { Options } from '../options.ts';
import { buildKit, removePrintRoutes } from './kit-build.ts';
import { KitError } from './kit-error.ts';
import { fillPdfInfo } from './pdf-info.ts';
import { launchBrowser, type Browser } from './render.ts';

export type KitSwitches = Pick<Options, 'PDF' | 'SHARD' | 'PDF_CACHE' | 'PDF_CACHE_DIR' | 'PDF_CONCURRENCY' | 'KEEP_PRINT' | 'CHROMIUM'>;

export interface KitSite {
  /** the project folder (content/, node_modules/.cache/) */
  root: string;
  /** the site base, ending in / */
  base: string;
  options: KitSwitches;
  log: { info: (m: string) => void; warn: (m: string) => void };
}

/** The PDF cache: PDF_CACHE_DIR, or with PDF_CACHE=0 a folder of this process that publishKit removes. */
export const kitCacheDir = ({ root, options }: KitSite): string =>
  options.PDF_CACHE ? resolve(root, options.PDF_CACHE_DIR) : join(root, '.build', `pdf-cache-${process.pid}`);

/**
 * On a cold kit (no cached PDF) Chromium starts with the page build, on the core it leaves idle (~0.5 s sooner to the
 * first PDF); with a cache, most rebuilds render little or nothing and the kit starts Chromium only if it must.
 */
export function startChromiumIfCold(site: KitSite): Promise<Browser> | undefined {
  const dir = kitCacheDir(site);
  if (!site.options.PDF || (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.pdf')))) return undefined;
  site.log.info('no cached PDF: Chromium starts now');
  const browser = launchBrowser(site.options.CHROMIUM);
  // a failure surfaces when the kit awaits it; a failed build exits the process, which ends Chromium
  browser.catch(() => undefined);
  return browser;
}

export async function publishKit(site: KitSite, dist: string, browser?: Promise<Browser>): Promise<void> {
  const { options, log } = site;
  const started = Date.now();
  try {
    const entries = options.PDF
      ? await buildKit({
          dist,
          base: site.base,
          cacheDir: kitCacheDir(site),
          chromium: options.CHROMIUM,
          concurrency: options.PDF_CONCURRENCY,
          log: log.info,
          browser,
          sources: join(site.root, 'content/sources'),
          library: join(site.root, 'content/generated'),
        })
      : [];
    const pagesWord = Object.fromEntries(localeIds.map((l) => [locales[l].lang, t(l, 'downloads.pages')]));
    // a part's pages are filled when the parts are joined, from every part's PDFs
    if (entries.length && !options.SHARD) fillPdfInfo(dist, entries, pagesWord);
    // a part of a library built in shards records its PDFs for npm run assemble, which writes the one manifest
    if (options.SHARD) writePart(dist, { shard: options.SHARD, kit: entries, pagesWord });
    else writeManifest(dist, site.root, site.base, entries);
    if (!options.KEEP_PRINT) removePrintRoutes(dist);
    log.info(`kit: ${entries.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (cause) {
    if (cause instanceof KitError) throw cause;
    throw new KitError('dist/pdf/', undefined, undefined, `the printable kit failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  } finally {
    if (!options.PDF_CACHE) rmSync(kitCacheDir(site), { recursive: true, force: true });
  }
}
