import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import hans from '../lib/i18n/ui.zh-Hans.json';
import hant from '../lib/i18n/ui.zh-Hant.json';
import { buildManifest } from '../lib/manifest.ts';
import { buildKit, fillPdfInfo, removePrintRoutes } from '../lib/pdf/kit-build.ts';
import { launchBrowser } from '../lib/pdf/render.ts';

/**
 * astro:build:done → the printable kit: PDFs from the print routes, sizes and page counts filled into the pages,
 * dist/manifest.json, print routes removed. PDF=0 skips rendering; PDF_ONLY=id,id renders one shard.
 */
export default function kit(opts: { root: string }): AstroIntegration {
  let base = '/';
  let browser: ReturnType<typeof launchBrowser> | undefined;
  return {
    name: 'policy-kit:pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // Chromium starts on the core the page build leaves idle (~0.5 s); unused, it is closed when the kit is cached. A
      // failed build exits the process, which ends Chromium.
      'astro:build:start': () => {
        if (process.env.PDF === '0') return;
        browser = launchBrowser();
        browser.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = Date.now();
        const entries =
          process.env.PDF === '0'
            ? []
            : await buildKit({
                dist,
                base,
                // PDF_CACHE=0 renders everything afresh (the determinism test compares that with a cached build)
                cacheDir: process.env.PDF_CACHE === '0' ? join(dist, '..', `pdf-cache-${process.pid}`) : join(opts.root, 'node_modules/.cache/policy-kit-pdf'),
                log: (m) => logger.info(m),
                only: process.env.PDF_ONLY?.split(',').filter(Boolean),
                concurrency: Number(process.env.PDF_CONCURRENCY) || undefined,
                browser,
              });
        if (entries.length) fillPdfInfo(dist, entries, { 'zh-Hans': hans['downloads.pages'], 'zh-Hant': hant['downloads.pages'] });
        writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(buildManifest(opts.root, base, entries), null, 1)}\n`);
        if (process.env.KEEP_PRINT !== '1') removePrintRoutes(dist);
        logger.info(`kit: ${entries.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
