// The only module that imports puppeteer: render print routes to PDF with bounded concurrency, a timeout and one retry.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { finishPdf } from './finish.ts';
import type { PdfJob } from './jobs.ts';

export class PdfRenderError extends Error {
  override name = 'PdfRenderError';
  readonly job: PdfJob;
  constructor(job: PdfJob, cause: unknown) {
    super(`PDF ${job.kind} for ${job.id} (${job.locale}) failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.job = job;
  }
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps', '--font-render-hinting=none'];

export function chromiumPath(): string {
  return process.env.CHROMIUM ?? '/usr/bin/chromium';
}

export function chromiumVersion(): string {
  try {
    return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

export interface Rendered {
  bytes: Uint8Array;
  pages: number;
  ms: number;
}

export interface RenderOptions {
  /** http://127.0.0.1:port/base/ */
  origin: string;
  concurrency: number;
  /** per job; grows with the size of the print page (a very long document lays out slowly) */
  timeoutMs: (job: PdfJob) => number;
  /** called before each attempt; lets the caller patch a print page (booklet page numbers) */
  render: (job: PdfJob, r: Rendered) => void | Promise<void>;
  ready?: (job: PdfJob) => Promise<void> | void;
}

async function once(browser: Browser, job: PdfJob, origin: string, timeoutMs: number): Promise<Rendered> {
  const started = Date.now();
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(timeoutMs);
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
    });
    const res = await page.goto(origin + job.route, { waitUntil: 'load', timeout: timeoutMs });
    if (!res || !res.ok()) throw new Error(`print route answered ${res?.status()}`);
    // Load every face the text needs before printing: unicode-range subsets otherwise load lazily during layout,
    // and a page printed before they arrive differs from run to run.
    await page.evaluate(async () => {
      const text = document.body.innerText;
      const families = new Set([...document.fonts].map((f) => f.family));
      await Promise.all([...families].flatMap((fam) => ['400', '700'].map((w) => document.fonts.load(`${w} 16px ${fam}`, text))));
      await document.fonts.ready;
    });
    const missing = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').length);
    if (missing) throw new Error(`${missing} font file(s) failed to load: ${failed.slice(0, 3).join(', ')}`);
    // links in the PDF point at the public site, never at this render server
    await page.evaluate(() => {
      const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
      if (!canonical) throw new Error('print route has no canonical URL');
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const raw = a.getAttribute('href')!;
        if (!raw.startsWith('#')) a.href = new URL(raw, canonical).href;
      }
    });
    const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, timeout: timeoutMs });
    const { bytes, pages } = await finishPdf(raw, job.meta);
    return { bytes, pages, ms: Date.now() - started };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * A fontconfig that sees no fonts at all: the PDFs use only the npm font packages loaded by @font-face, never the
 * machine's fonts, so a PDF made here is the same as one made on a machine with other fonts installed.
 */
function isolatedFontconfig(): string {
  const dir = join(tmpdir(), 'policy-kit-fontconfig');
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${join(dir, 'none')}</dir><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>\n`);
  return file;
}

/** Render jobs in order with `concurrency` pages at a time; booklets wait for every earlier job (page numbers). */
export async function renderJobs(jobs: PdfJob[], opts: RenderOptions): Promise<void> {
  if (!jobs.length) return;
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const run = async (job: PdfJob) => {
      await opts.ready?.(job);
      let last: unknown;
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const r = await once(browser, job, opts.origin, opts.timeoutMs(job));
          await opts.render(job, r);
          return;
        } catch (e) {
          last = e;
        }
      }
      throw new PdfRenderError(job, last);
    };
    const first = jobs.filter((j) => j.kind !== 'booklet');
    const later = jobs.filter((j) => j.kind === 'booklet');
    for (const batch of [first, later]) {
      let next = 0;
      const workers = Array.from({ length: Math.min(opts.concurrency, batch.length) }, async () => {
        while (next < batch.length) await run(batch[next++]!);
      });
      await Promise.all(workers);
    }
  } finally {
    await browser.close();
  }
}
