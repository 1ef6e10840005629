// The only module that imports puppeteer: render print routes to PDF with bounded concurrency, a timeout and one retry.
import { execFileSync } from 'node:child_process';
import puppeteer, { type Browser, type HTTPRequest, type HTTPResponse, type Page } from 'puppeteer-core';
import { options } from '../options.ts';
import { finishPdf } from './finish.ts';
import type { PdfJob } from './jobs.ts';
import { KitError } from './kit-error.ts';

export type { Browser };
/** what the renderer needs of a browser: tabs (a test passes a private window of a shared Chromium) */
export type Tabs = Pick<Browser, 'newPage'>;

/** A print route that did not become a PDF (after one retry), named by the PDF it was to be. */
export class PdfRenderError extends KitError {
  readonly job: PdfJob;
  constructor(job: PdfJob, cause: unknown) {
    const detail = `rendering ${job.route} (${job.kind}, ${job.locale}) failed: ${cause instanceof Error ? cause.message : String(cause)}`;
    super(job.pdf, undefined, undefined, detail, { cause });
    this.name = 'PdfRenderError';
    this.job = job;
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--font-render-hinting=none',
];

/** The browser's version string: part of every PDF cache key. */
export function chromiumVersion(executablePath: string): string {
  try {
    // Debian's launcher script prints shell noise on stderr
    return execFileSync(executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export interface Rendered {
  bytes: Uint8Array;
  pages: number;
  ms: number;
  /** seconds per step: loading the page and its fonts (0 for a variant printed from the loaded page), Chromium's
   * print, metadata */
  phases: Record<'load' | 'print' | 'finish', number>;
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
  /** the print page's HTML as served (written into a tab that already shows a print page, instead of navigating) */
  html?: (job: PdfJob) => string;
}

/**
 * Load a print route in the worker's tab (reused across jobs: the font files stay in its memory cache). The tab's first
 * page is navigated to; later pages are written into the open document (`html`, read from dist/, with a <base> so that
 * every URL resolves as it would at the route): a navigation costs ~50 ms more per page (request, commit, new
 * document), and the PDF is the same bytes either way (a test compares the two).
 */
async function load(page: Page, job: PdfJob, origin: string, timeoutMs: number, html?: string): Promise<void> {
  const failed: string[] = [];
  const onFailed = (r: HTTPRequest) => failed.push(`${r.url()} (${r.failure()?.errorText})`);
  const onResponse = (r: HTTPResponse) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
  };
  page.on('requestfailed', onFailed);
  page.on('response', onResponse);
  try {
    page.setDefaultTimeout(timeoutMs);
    const url = origin + job.route;
    if (html !== undefined && page.url().startsWith(origin)) {
      const head = /<head[^>]*>/i.exec(html);
      if (!head) throw new Error('print page has no <head>');
      const end = head.index + head[0].length;
      const base = `<base href="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
      await page.setContent(html.slice(0, end) + base + html.slice(end), { waitUntil: 'load', timeout: timeoutMs });
    } else {
      const res = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      if (!res || !res.ok()) throw new Error(`print route answered ${res?.status()}`);
    }
    // Load every declared face (one file per weight) before printing: a face still loading when the page is printed
    // falls back to another font, differently from run to run. No text is laid out here; pdf() lays out for print.
    // Links in the PDF point at the public site, never at this render server.
    const problem = await page.evaluate(async () => {
      await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
      await document.fonts.ready;
      const missing = [...document.fonts].filter((f) => f.status === 'error').length;
      if (missing) return `${missing} font file(s) failed to load`;
      const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
      if (!canonical) return 'print route has no canonical URL';
      for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
        const raw = a.getAttribute('href')!;
        if (!raw.startsWith('#')) a.href = new URL(raw, canonical).href;
      }
      return '';
    });
    if (problem) throw new Error(`${problem}${failed.length ? `: ${failed.slice(0, 3).join(', ')}` : ''}`);
  } finally {
    page.off('requestfailed', onFailed);
    page.off('response', onResponse);
  }
}

/** Print the loaded page (switched to the job's variant first, if it is one) and finish the PDF. */
async function print(page: Page, job: PdfJob, timeoutMs: number, started: number, load: number): Promise<Rendered> {
  let mark = Date.now();
  if (job.variant) await page.evaluate((name) => document.documentElement.setAttribute(name, ''), job.variant.attribute);
  // fonts were awaited when the page loaded (waitForFonts would ask the page again)
  const raw = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, waitForFonts: false, timeout: timeoutMs });
  const print = (Date.now() - mark) / 1000;
  mark = Date.now();
  const { bytes, pages } = await finishPdf(raw, job.meta);
  return {
    bytes,
    pages,
    ms: Date.now() - started,
    phases: { load, print, finish: (Date.now() - mark) / 1000 },
  };
}

type RenderJobsOptions = RenderOptions & { browser: Tabs };

/** One job, in a fresh tab if the first attempt failed; a variant (`loaded`: its page is in the tab) retries from its
 * own route. */
async function renderWithRetry(tab: { page: Page }, job: PdfJob, loaded: boolean, opts: RenderJobsOptions): Promise<void> {
  await opts.ready?.(job);
  let last: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const started = Date.now();
      const reuse = loaded && attempt === 0;
      if (!reuse) await load(tab.page, { ...job, variant: undefined }, opts.origin, opts.timeoutMs(job), attempt === 0 ? opts.html?.(job) : undefined);
      const loadS = reuse ? 0 : (Date.now() - started) / 1000;
      await opts.render(job, await print(tab.page, reuse ? job : { ...job, variant: undefined }, opts.timeoutMs(job), started, loadS));
      return;
    } catch (e) {
      last = e;
      await tab.page.close().catch(() => undefined);
      tab.page = await openTab(opts.browser);
    }
  }
  throw new PdfRenderError(job, last);
}

/** Units of work, handouts first: a job and the variants printed from its tab right after it. */
function printUnits(jobs: PdfJob[]): PdfJob[][] {
  const units = jobs
    .filter((j) => !j.variant || !jobs.some((b) => b.route === j.variant!.of))
    .map((j) => [j, ...jobs.filter((v) => v.variant?.of === j.route)]);
  const rank = (u: PdfJob[]) => ['handout', 'booklet', 'large', 'factsheet'].indexOf(u[0]!.kind);
  return units.sort((a, b) => rank(a) - rank(b));
}

/**
 * Render jobs with `concurrency` tabs. A job that is a variant of another (the large-print handout: the same page with
 * one attribute set) is printed from that job's tab right after it, without loading the page again. A booklet starts
 * once the handouts of its documents are done (it prints their page numbers); other jobs fill the wait.
 */
export async function renderJobs(jobs: PdfJob[], opts: RenderJobsOptions): Promise<void> {
  if (!jobs.length) return;
  const queue = printUnits(jobs);
  const done = new Set<PdfJob>();
  // a booklet waits for the handouts of its own documents only: with a volume per type and year, most can start early
  const needs = (b: PdfJob) => (j: PdfJob) => j.kind === 'handout' && j.locale === b.locale && (!b.docs || b.docs.includes(j.id));
  const eligible = (u: PdfJob[]) => u[0]!.kind !== 'booklet' || jobs.filter(needs(u[0]!)).every((j) => done.has(j));
  let wake = () => {};
  let changed = new Promise<void>((r) => (wake = r));
  const workers = Array.from({ length: Math.min(opts.concurrency, queue.length) }, async () => {
    const tab = { page: await openTab(opts.browser) };
    try {
      while (queue.length) {
        const i = queue.findIndex(eligible);
        if (i < 0) {
          await changed;
          continue;
        }
        const [unit] = queue.splice(i, 1);
        for (const [k, job] of unit!.entries()) {
          await renderWithRetry(tab, job, k > 0, opts);
          done.add(job);
        }
        // a finished unit may make a waiting booklet eligible
        const woken = wake;
        changed = new Promise<void>((r) => (wake = r));
        woken();
      }
    } finally {
      await tab.page.close().catch(() => undefined);
    }
  });
  await Promise.all(workers);
}

/**
 * A tab for print pages. Nothing is ever shown on its screen, so the page is hidden for screen media before it
 * parses: Chromium then lays the text out once, for print, instead of also for the screen before and after printing
 * (about 10 % of the render time; the PDF bytes are the same).
 */
async function openTab(browser: Tabs): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@media screen { body { display: none !important } }');
    document.adoptedStyleSheets = [sheet];
  });
  return page;
}

/** Start Chromium with the renderer's flags (the caller closes it); launched early, it starts while the fonts are
 * being prepared. Tests and benchmarks use the same browser the same way. */
export function launchBrowser(executablePath = options().CHROMIUM, extraArgs: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  });
}
