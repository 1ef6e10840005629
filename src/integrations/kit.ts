import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import hans from '../lib/i18n/ui.zh-Hans.json';
import hant from '../lib/i18n/ui.zh-Hant.json';
import { buildManifest } from '../lib/manifest.ts';
import { buildKit, fillPdfInfo, removePrintRoutes } from '../lib/pdf/kit-build.ts';
import { launchBrowser } from '../lib/pdf/render.ts';

const hasPdfs = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.pdf'));

/**
 * astro:build:done → the printable kit: PDFs from the print routes, sizes and page counts filled into the pages,
 * dist/manifest.json, print routes removed. PDF=0 skips rendering; PDF_ONLY=id,id renders one shard and
 * PDF_ONLY=booklet assembles the shards' work (README, “Past one machine”); PDF_CACHE_DIR moves the cache.
 */

export default function kit(opts: { root: string }): AstroIntegration {
  let base = '/';
  let browser: ReturnType<typeof launchBrowser> | undefined;
  // PDF_CACHE=0 renders everything afresh (the determinism test compares that with a cached build)
  const fresh = join(opts.root, '.build', `pdf-cache-${process.pid}`);
  // PDF_CACHE_DIR: a cache elsewhere (shared by the shards of a build spread over machines)
  const cacheDir = () => (process.env.PDF_CACHE === '0' ? fresh : resolve(opts.root, process.env.PDF_CACHE_DIR ?? 'node_modules/.cache/policy-kit-pdf'));
  return {
    name: 'policy-kit:pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // On a cold kit (no cached PDF) Chromium starts with the page build, on the core it leaves idle (~0.5 s sooner to the
      // first PDF); with a cache, most rebuilds render little or nothing, and the kit starts Chromium only if it must.
      // A failed build exits the process, which ends Chromium.
      'astro:build:start': ({ logger }) => {
        if (process.env.PDF === '0' || hasPdfs(cacheDir())) return;
        logger.info('no cached PDF: Chromium starts now');
        browser = launchBrowser();
        browser.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const started = Date.now();
        const only = process.env.PDF_ONLY?.split(',').filter(Boolean);
        // a shard renders some documents' PDFs into the cache; the build naming `booklet` assembles the whole kit
        const shard = !!only && !only.includes('booklet');
        try {
          const entries =
            process.env.PDF === '0'
              ? []
              : await buildKit({
                  dist,
                  base,
                  cacheDir: cacheDir(),
                  log: (m) => logger.info(m),
                  only,
                  concurrency: Number(process.env.PDF_CONCURRENCY) || undefined,
                  browser,
                  sources: join(opts.root, 'content/sources'),
                });
          if (entries.length) fillPdfInfo(dist, entries, { 'zh-Hans': hans['downloads.pages'], 'zh-Hant': hant['downloads.pages'] }, shard);
          if (shard) logger.warn(`shard of ${only!.join(', ')}: its PDFs are in ${cacheDir()}; this dist/ is not the whole site`);
          writeFileSync(join(dist, 'manifest.json'), `${JSON.stringify(buildManifest(opts.root, base, entries), null, 1)}\n`);
          if (process.env.KEEP_PRINT !== '1') removePrintRoutes(dist);
          logger.info(`kit: ${entries.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          rmSync(fresh, { recursive: true, force: true });
        }
      },
    },
  };
}
