import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers-pages.ts';
import { site } from './browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let ctx: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  ctx = await site();
});
afterAll(async () => ctx?.close());

describe('axe-core finds no violations', () => {
  for (const path of builtPages()) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`/${path} (${scheme})`, async () => {
        const page = await ctx.browser.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.goto(`${ctx.served.url}${path}`);
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations).toEqual([]);
        await page.close();
      });
    }
  }
});
