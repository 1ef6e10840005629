import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { serve, type Served } from '../serve.ts';
import { planKitFonts } from './fonts.ts';
import { glyphError, missingGlyphs } from './glyphs.ts';
import { discoverJobs, type PdfJob } from './jobs.ts';
import { chromiumVersion, launchBrowser, renderJobs, type Browser } from './render.ts';

export interface KitEntry {
  kind: PdfJob['kind'];
  locale: string;
  id: string;
  pdf: string;
  pages: number;
  bytes: number;
  sha256: string;
}

export interface KitOptions {
  dist: string;
  /** the site base, e.g. / or /sub/path/ */
  base: string;
  cacheDir: string;
  concurrency?: number;
  timeoutMs?: number;
  log: (m: string) => void;
  /** render only the jobs of these doc ids (sharding across machines); 'booklet' renders everything */
  only?: string[];
  /** Chromium started by the caller (closed here, used or not); otherwise started here when a PDF needs rendering */
  browser?: Promise<Browser>;
  /** content/sources: a character the fonts lack is reported with its source line */
  sources?: string;
}

const RENDERER_VERSION = 'kit-6';

export const formatBytes = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/**
 * Render every print route in dist/print to dist/pdf, reusing cached PDFs whose print page is unchanged, then
 * fill in the sizes and page counts the site shows, write dist/manifest-pdf data and remove the print routes.
 */
export async function buildKit(opts: KitOptions): Promise<KitEntry[]> {
  try {
    return await renderKit(opts);
  } finally {
    // a browser handed in is closed whether it was used or not (closed already when it was: harmless)
    await (await opts.browser?.catch(() => null))?.close().catch(() => undefined);
  }
}

async function renderKit(opts: KitOptions): Promise<KitEntry[]> {
  // a shard renders its documents; the shard that names 'booklet' also needs every handout (from its cache or rendered)
  const all = discoverJobs(opts.dist);
  const jobs = !opts.only || opts.only.includes('booklet') ? all : all.filter((j) => opts.only!.includes(j.id) && j.kind !== 'booklet');
  const fonts = planKitFonts(opts.dist, opts.cacheDir);
  const salt = `${RENDERER_VERSION}|${chromiumVersion()}`;
  const results = new Map<string, KitEntry>();
  const keyOf = (job: PdfJob) =>
    createHash('sha256')
      .update(salt)
      .update(fonts.keyOf(job.locale))
      .update(readFileSync(join(opts.dist, job.route, 'index.html')))
      .digest('hex');
  mkdirSync(opts.cacheDir, { recursive: true });
  const write = (job: PdfJob, bytes: Uint8Array, pages: number) => {
    const out = join(opts.dist, job.pdf);
    mkdirSync(dirname(out), { recursive: true });
    // write beside, then rename: a failed build never leaves a half-written PDF
    writeFileSync(`${out}.tmp`, bytes);
    renameSync(`${out}.tmp`, out);
    results.set(job.pdf, {
      kind: job.kind,
      locale: job.locale,
      id: job.id,
      pdf: job.pdf,
      pages,
      bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  };
  /** booklet contents: each document starts on the page after the cover, the contents and the documents before it */
  const fillBooklet = (job: PdfJob) => {
    if (job.kind !== 'booklet') return;
    const file = join(opts.dist, job.route, 'index.html');
    let page = 3;
    const html = readFileSync(file, 'utf8').replace(/(data-pdf-start="([^"]+)"[^>]*>)[^<]*</g, (_m, open: string, id: string) => {
      const handout = results.get(`pdf/${job.locale}/${id}.pdf`);
      if (!handout) throw new Error(`booklet: no handout for ${id}`);
      const at = page;
      page += handout.pages;
      return `${open}${at}<`;
    });
    writeFileSync(file, html);
  };
  let done = 0;
  const total = jobs.length;
  const progress = (job: PdfJob, what: string) => opts.log(`[${++done}/${total}] ${job.locale} ${job.id} ${job.kind} … ${what}`);
  const misses: PdfJob[] = [];
  for (const job of jobs.filter((j) => j.kind !== 'booklet')) {
    const cached = join(opts.cacheDir, `${keyOf(job)}.pdf`);
    if (existsSync(cached)) {
      const pages = Number(readFileSync(`${cached}.pages`, 'utf8'));
      write(job, readFileSync(cached), pages);
      progress(job, 'cached');
    } else misses.push(job);
  }
  const booklets = jobs.filter((j) => j.kind === 'booklet');
  const bookletMisses: PdfJob[] = [];
  const pending = [...misses];
  for (const job of booklets) {
    if (misses.length) {
      pending.push(job);
      continue;
    }
    fillBooklet(job);
    const cached = join(opts.cacheDir, `${keyOf(job)}.pdf`);
    if (existsSync(cached)) {
      write(job, readFileSync(cached), Number(readFileSync(`${cached}.pages`, 'utf8')));
      progress(job, 'cached');
    } else bookletMisses.push(job);
  }
  pending.push(...bookletMisses);
  if (pending.length) {
    // Chromium starts (unless the caller started it) while the fonts are subset
    const browser = opts.browser ?? launchBrowser();
    browser.catch(() => undefined);
    let served: Served | undefined;
    try {
      // the faces while Chromium starts; then every character to print must have a glyph in them
      for (const locale of new Set(pending.map((j) => j.locale))) {
        const fontsAt = Date.now();
        if (await fonts.ensure(locale)) opts.log(`fonts: ${locale} faces subset in ${Date.now() - fontsAt} ms`);
      }
      const missing = missingGlyphs(pending, opts.dist, (job, chars) => fonts.uncovered(job.locale, chars));
      if (missing.size) throw glyphError(missing, opts.sources, 'Noto Serif SC / TC');
      served = await serve(opts.dist, {
        base: opts.base,
        // a tab fetches its first print page (later ones are written into it); the font files are shared across jobs
        headers: { 'cache-control': 'public, max-age=3600' },
        mounts: { 'print-fonts/': fonts.file },
      });
      await renderJobs(pending, {
        browser: await browser,
        origin: served.url,
        concurrency: opts.concurrency ?? 2,
        // 60 s, plus 0.1 s for every kilobyte of print page beyond the first
        timeoutMs: (job) => (opts.timeoutMs ?? 60_000) + statSync(join(opts.dist, job.route, 'index.html')).size / 10,
        html: (job) => readFileSync(join(opts.dist, job.route, 'index.html'), 'utf8'),
        ready: async (job) => {
          fillBooklet(job);
          await fonts.ensure(job.locale);
        },
        render: (job, r) => {
          const key = keyOf(job);
          writeFileSync(join(opts.cacheDir, `${key}.pdf`), r.bytes);
          writeFileSync(join(opts.cacheDir, `${key}.pdf.pages`), String(r.pages));
          write(job, r.bytes, r.pages);
          const phases = Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(2)}`);
          progress(job, `${(r.ms / 1000).toFixed(1)} s (${phases.join(', ')})`);
        },
      });
    } finally {
      // the browser first: its keep-alive connections would otherwise hold the server open
      await (await browser.catch(() => null))?.close();
      await served?.close();
    }
  }
  return [...results.values()].sort((a, b) => (a.pdf < b.pdf ? -1 : 1));
}

/**
 * Replace <span data-pdf-info="pdf/…">…</span> placeholders in every built page with “N 页 · 420 KB”. A link to a PDF
 * that was not rendered fails the build, except in a shard (`partial`), whose pages are not the site.
 */
export function fillPdfInfo(dist: string, entries: KitEntry[], pagesWord: Record<string, string>, partial = false): void {
  const byPdf = new Map(entries.map((e) => [e.pdf, e]));
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.html')) {
        const html = readFileSync(p, 'utf8');
        if (!html.includes('data-pdf-info')) continue;
        const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? 'zh-Hans';
        writeFileSync(
          p,
          html.replace(/(<span data-pdf-info="([^"]+)">)[^<]*(<\/span>)/g, (_m, open: string, pdf: string, close: string) => {
            const e = byPdf.get(pdf);
            if (!e && partial) return _m;
            if (!e) throw new Error(`${p}: links ${pdf}, which was not rendered`);
            return `${open}${(pagesWord[lang] ?? '{n}').replace('{n}', String(e.pages))} · ${formatBytes(e.bytes)}${close}`;
          }),
        );
      }
    }
  };
  walk(dist);
}

export function removePrintRoutes(dist: string): void {
  rmSync(join(dist, 'print'), { recursive: true, force: true });
}
