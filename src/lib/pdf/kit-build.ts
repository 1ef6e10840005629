// The printable kit as named steps: select the jobs, restore what the cache holds, fill the booklets' page numbers,
// prepare the faces, render the misses. Each step is a function of the run below.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serve, type Served } from '../serve.ts';
import { fillBookletNumbers } from './booklet.ts';
import { planKitFonts, type KitFonts } from './fonts.ts';
import { glyphError, missingGlyphs } from './glyphs.ts';
import { discoverJobs, type PdfJob } from './jobs.ts';
import { pdfCache, type PdfCache } from './kit-cache.ts';
import { writePdf, type KitEntry } from './kit-entry.ts';
import { launchBrowser, renderJobs, type Browser, type Rendered } from './render.ts';

export type { KitEntry };

export interface KitOptions {
  dist: string;
  /** the site base, e.g. / or /sub/path/ */
  base: string;
  cacheDir: string;
  /** the Chromium executable (its version is part of every cache key) */
  chromium: string;
  concurrency: number;
  timeoutMs?: number;
  log: (m: string) => void;
  /** Chromium started by the caller (closed here, used or not); otherwise started here when a PDF needs rendering */
  browser?: Promise<Browser>;
  /** content/sources: a character the fonts lack is reported with its source line */
  sources?: string;
  /** content/generated: the faces hold every character of the library's documents, so every part of a library built
   * in shards embeds the faces a single build does */
  library?: string;
}

/** What the steps share: the options, the faces, the cache, the PDFs written so far and the progress count. */
interface KitRun {
  opts: KitOptions;
  fonts: KitFonts;
  cache: PdfCache;
  written: Map<string, KitEntry>;
  progress: (job: PdfJob, what: string) => void;
}

/**
 * Render every print route in dist/print to dist/pdf, reusing cached PDFs whose print page is unchanged. Returns every
 * PDF written, sorted by path.
 */
export async function buildKit(opts: KitOptions): Promise<KitEntry[]> {
  try {
    const jobs = discoverJobs(opts.dist);
    const run = startRun(opts, jobs.length);
    const misses = restoreCached(run, jobs);
    if (misses.length) await renderMisses(run, misses);
    return [...run.written.values()].sort((a, b) => (a.pdf < b.pdf ? -1 : 1));
  } finally {
    // a browser handed in is closed whether it was used or not (closed already when it was: harmless)
    await (await opts.browser?.catch(() => null))?.close().catch(() => undefined);
  }
}

function startRun(opts: KitOptions, total: number): KitRun {
  const fonts = planKitFonts(opts.dist, opts.cacheDir, opts.library);
  let done = 0;
  return {
    opts,
    fonts,
    cache: pdfCache(opts.dist, opts.cacheDir, fonts, opts.chromium),
    written: new Map(),
    progress: (job, what) => opts.log(`[${++done}/${total}] ${job.locale} ${job.id} ${job.kind} … ${what}`),
  };
}

/** Copy a cached PDF of the job into dist/; false when the cache has none. */
function restore(run: KitRun, job: PdfJob): boolean {
  const hit = run.cache.read(job);
  if (!hit) return false;
  run.written.set(job.pdf, writePdf(run.opts.dist, job, hit.bytes, hit.pages));
  run.progress(job, 'cached');
  return true;
}

/**
 * Restore every cached PDF; returns what is left to render, booklets last. A booklet whose documents' handouts are all
 * restored gets its page numbers and is looked up; one with a handout still to render waits for it (its page numbers
 * are unknown until then), so one changed document re-renders its own volume's booklets, not every booklet.
 */
function restoreCached(run: KitRun, jobs: PdfJob[]): PdfJob[] {
  const misses = jobs.filter((j) => j.kind !== 'booklet' && !restore(run, j));
  const pending = new Set(misses.filter((j) => j.kind === 'handout').map((j) => `${j.locale}/${j.id}`));
  const booklets = jobs.filter((job) => {
    if (job.kind !== 'booklet') return false;
    if (!job.docs || job.docs.some((id) => pending.has(`${job.locale}/${id}`))) return true;
    fillNumbers(run, job);
    return !restore(run, job);
  });
  return [...misses, ...booklets];
}

const fillNumbers = (run: KitRun, job: PdfJob) => fillBookletNumbers(run.opts.dist, job, (pdf) => run.written.get(pdf));

/** The faces of every script to render (while Chromium starts); then every character to print must have a glyph. */
async function prepareFaces(run: KitRun, jobs: PdfJob[]): Promise<void> {
  for (const locale of new Set(jobs.map((j) => j.locale))) {
    const started = Date.now();
    if (await run.fonts.ensure(locale)) run.opts.log(`fonts: ${locale} faces subset in ${Date.now() - started} ms`);
  }
  const missing = missingGlyphs(jobs, run.opts.dist, (job, chars) => run.fonts.uncovered(job.locale, chars));
  if (missing.size) throw glyphError(missing, run.opts.sources, 'Noto Serif SC / TC');
}

/** Render the misses in Chromium (started now unless the caller started it) from the print pages served on 127.0.0.1. */
async function renderMisses(run: KitRun, jobs: PdfJob[]): Promise<void> {
  const { opts } = run;
  const browser = opts.browser ?? launchBrowser(opts.chromium);
  browser.catch(() => undefined);
  let served: Served | undefined;
  try {
    await prepareFaces(run, jobs);
    served = await serve(opts.dist, {
      base: opts.base,
      // a tab fetches its first print page (later ones are written into it); the font files are shared across jobs
      headers: { 'cache-control': 'public, max-age=3600' },
      mounts: { 'print-fonts/': run.fonts.file },
    });
    const page = (job: PdfJob) => join(opts.dist, job.route, 'index.html');
    await renderJobs(jobs, {
      browser: await browser,
      origin: served.url,
      concurrency: opts.concurrency,
      // 60 s, plus 0.1 s for every kilobyte of print page beyond the first
      timeoutMs: (job) => (opts.timeoutMs ?? 60_000) + statSync(page(job)).size / 10,
      html: (job) => readFileSync(page(job), 'utf8'),
      ready: async (job) => {
        fillNumbers(run, job);
        await run.fonts.ensure(job.locale);
      },
      render: (job, r) => keep(run, job, r),
    });
  } finally {
    // the browser first: its keep-alive connections would otherwise hold the server open
    await (await browser.catch(() => null))?.close();
    await served?.close();
  }
}

/** A rendered PDF: into the cache and dist/, with its timings in the log. */
function keep(run: KitRun, job: PdfJob, r: Rendered): void {
  run.cache.write(job, r.bytes, r.pages);
  run.written.set(job.pdf, writePdf(run.opts.dist, job, r.bytes, r.pages));
  const phases = Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(2)}`);
  run.progress(job, `${(r.ms / 1000).toFixed(1)} s (${phases.join(', ')})`);
}

export function removePrintRoutes(dist: string): void {
  rmSync(join(dist, 'print'), { recursive: true, force: true });
}
