import type { TestProject } from 'vitest/node';
import { launchBrowser } from '../../src/lib/pdf/render.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the DevTools WebSocket of the run's one Chromium (tests/e2e/browser.ts connects to it) */
    chromium: string;
  }
}

/** One Chromium for the whole site project, started as the renderer starts it (same executable, same flags). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await launchBrowser();
  project.provide('chromium', browser.wsEndpoint());
  return () => browser.close();
}
