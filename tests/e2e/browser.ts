import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { serve, type Served } from '../../src/lib/serve.ts';
import { DIST } from '../helpers.ts';

/** Debian's Chromium (apt), as installed by scripts/setup.sh and .ci/run; CHROMIUM overrides. */
export const CHROMIUM = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];

export function launch(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The built site served on 127.0.0.1 plus a browser; call close() in afterAll. */
export async function site(dir = DIST, base = '/'): Promise<{ served: Served; browser: Browser; close: () => Promise<void> }> {
  const served = await serve(dir, { base });
  const browser = await launch();
  return { served, browser, close: async () => { await browser.close(); await served.close(); } };
}
