// What a reader downloads for search, measured in a real Chromium against a served dist/: bytes (gzip; Pagefind's own
// compressed files as they are) of every request in a window. Used by bench:site and bench.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';

export interface Body {
  url: string;
  type: string;
  gz: number;
}

/** Requests of `url` until network idle (no `act`), or those started while `act` runs; with their gzip sizes. */
export async function weigh(browser: Pick<Browser, 'newPage'>, url: string, act?: (p: Page) => Promise<void>): Promise<Body[]> {
  const page = await browser.newPage();
  const bodies: Body[] = [];
  let recording = !act;
  const started = new Set<unknown>();
  page.on('request', (r) => {
    if (recording) started.add(r);
  });
  page.on('response', async (r) => {
    if (!started.has(r.request())) return;
    try {
      const buf = await r.buffer();
      // binary formats Pagefind already compresses are counted as they are
      const gz = /\.(pf_index|pf_fragment|pf_meta|pagefind)$/.test(r.url()) ? buf.length : gzipSync(buf, { level: 9 }).length;
      bodies.push({ url: r.url(), type: r.request().resourceType(), gz });
    } catch {}
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (act) {
    recording = true;
    await act(page);
    recording = false;
    // let responses of requests made before the first results finish being counted
    await new Promise((r) => setTimeout(r, 500));
  }
  await page.close();
  return bodies;
}

/** Types `q` into the header search box of the page; resolves to the URLs requested before the first results showed. */
const firstResults = (q: string) => async (page: Page) => {
  await page.evaluate(() => {
    const out = document.querySelector('#site-search-results') as HTMLElement;
    new MutationObserver(() => {
      if (out.dataset.first && !(window as unknown as { firstAt?: number }).firstAt) (window as unknown as { firstAt?: number }).firstAt = performance.now();
    }).observe(out, { attributes: true, attributeFilter: ['data-first'] });
  });
  await page.focus('#site-search-q');
  await page.type('#site-search-q', q);
  await page.waitForFunction(
    (v: string) => {
      const d = (document.querySelector('#site-search-results') as HTMLElement).dataset;
      return d.first === v || d.done === v;
    },
    { polling: 20, timeout: 30_000 },
    q,
  );
  return page.evaluate(() => {
    const at = (window as unknown as { firstAt?: number }).firstAt ?? performance.now();
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at)
      .map((e) => e.name);
  });
};

/** The requests (with sizes) started between focusing the header search box of `url` and the first results for `q`. */
export async function searchPayload(browser: Browser, url: string, q: string): Promise<Body[]> {
  let early: string[] = [];
  const bodies = await weigh(browser, url, async (page) => void (early = await firstResults(q)(page)));
  return bodies.filter((b) => early.includes(b.url));
}

/** Query latency on a search page: each query run twice; the first pass (its index chunks and fragments read from the
 * server) and the second (read again from the browser's cache) timed apart, to the complete list of results. */
export interface Latency {
  /** the repeated pass: to the complete list, median and p90 */
  median: number;
  p90: number;
  /** the first pass (index chunks loading): to the complete list, median */
  coldMedian: number;
  /** the repeated pass: to the first results shown (a large library's first index part), median and p90 */
  shownMedian: number;
  shownP90: number;
  count: number;
}

export async function queryLatency(browser: Pick<Browser, 'newPage'>, url: string, queries: string[]): Promise<Latency> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'networkidle0' });
  const passes: { done: number; shown: number }[][] = [[], []];
  for (const pass of passes) {
    for (const q of queries) {
      const t = await page.evaluate(async (v) => {
        const out = document.querySelector('#search-results') as HTMLElement;
        const input = document.querySelector('#search-page-q') as HTMLInputElement;
        input.value = v;
        // read when the list changes (a microtask after it is written), not by polling: a busy page would delay the reading
        let shown = 0;
        let done = 0;
        const t0 = performance.now();
        const ended = new Promise<void>((end) => {
          const watch = new MutationObserver(() => {
            if (!shown && out.dataset.first === v) shown = performance.now() - t0;
            if (out.dataset.done === v) {
              done = performance.now() - t0;
              watch.disconnect();
              end();
            }
          });
          watch.observe(out, { attributes: true, attributeFilter: ['data-first', 'data-done'] });
        });
        (document.querySelector('form[data-search-page]') as HTMLFormElement).requestSubmit();
        await ended;
        return { done, shown: shown || done };
      }, q);
      pass.push(t);
    }
  }
  await page.close();
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const at = (xs: number[], f: number) => xs[Math.min(xs.length - 1, Math.floor(xs.length * f))]!;
  const [cold, warm] = passes as [{ done: number; shown: number }[], { done: number; shown: number }[]];
  const done = sorted(warm.map((t) => t.done));
  const shown = sorted(warm.map((t) => t.shown));
  return { median: at(done, 0.5), p90: at(done, 0.9), coldMedian: at(sorted(cold.map((t) => t.done)), 0.5), shownMedian: at(shown, 0.5), shownP90: at(shown, 0.9), count: done.length };
}
