import puppeteer, { type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { serve, type Served } from '../../src/lib/serve.ts';
import { DIST } from '../helpers.ts';

/** A private window of the run's one Chromium (tests/e2e/browser.setup.ts): its own storage and cache, so test files
 * running side by side never see each other's visitor state; close() ends its pages and leaves Chromium running. */
export interface TestBrowser {
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function connect(): Promise<TestBrowser> {
  const connection = await puppeteer.connect({ browserWSEndpoint: inject('chromium') });
  const context = await connection.createBrowserContext();
  return {
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await connection.disconnect();
    },
  };
}

/** The built site served on 127.0.0.1 plus a browser; call close() in afterAll. */
export async function site(dir = DIST, base = '/'): Promise<{ served: Served; browser: TestBrowser; close: () => Promise<void> }> {
  const served = await serve(dir, { base });
  const browser = await connect();
  return {
    served,
    browser,
    close: async () => {
      await browser.close();
      await served.close();
    },
  };
}
