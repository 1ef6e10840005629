// The only module that imports puppeteer: render print routes to PDF with bounded concurrency, a timeout and one retry.
import { execFileSync } from 'node:child_process';
import puppeteer, { type HTTPRequest, type HTTPResponse, type Page } from 'puppeteer-core';
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

/** One job in a worker's own tab (reused across jobs: the font files stay in its memory cache). */
async function once(page: Page, job: PdfJob, origin: string, timeoutMs: number): Promise<Rendered> {
  const started = Date.now();
  const failed: string[] = [];
  const onFailed = (r: HTTPRequest) => failed.push(`${r.url()} (${r.failure()?.errorText})`);
  const onResponse = (r: HTTPResponse) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
  };
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  try {
    page.setDefaultTimeout(timeoutMs);
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
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
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
    const run = async (tab: { page: Page }, job: PdfJob) => {
      await opts.ready?.(job);
      let last: unknown;
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const r = await once(tab.page, job, opts.origin, opts.timeoutMs(job));
          await opts.render(job, r);
          return;
        } catch (e) {
          last = e;
          // a failed attempt retries in a fresh tab
          await tab.page.close().catch(() => undefined);
          tab.page = await browser.newPage();
        }
      }
      throw new PdfRenderError(job, last);
    };
    const first = jobs.filter((j) => j.kind !== 'booklet');
    const later = jobs.filter((j) => j.kind === 'booklet');
    for (const batch of [first, later]) {
      let next = 0;
      const workers = Array.from({ length: Math.min(opts.concurrency, batch.length) }, async () => {
        const tab = { page: await browser.newPage() };
        try {
          while (next < batch.length) await run(tab, batch[next++]!);
        } finally {
          await tab.page.close().catch(() => undefined);
        }
      });
      await Promise.all(workers);
    }
  } finally {
    await browser.close();
  }
}
