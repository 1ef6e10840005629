import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weigh } from '../../scripts/search-payload.ts';
import { localeIds } from '../../src/lib/i18n/locales.ts';
import { ROOT } from '../helpers.ts';
import { site } from './browser.ts';

/** The page weight budgets (README): a document page ≤ 25 KB gzip until network idle, of which JS ≤ 5 KB. */
let ctx: Awaited<ReturnType<typeof site>>;
beforeAll(async () => {
  ctx = await site();
});
afterAll(async () => ctx?.close());

const ids = readdirSync(join(ROOT, 'content/sources')).sort();

describe('page weight in a real Chromium', () => {
  for (const l of localeIds) {
    it(`${l}: every document page ≤ 25 KB gzip until idle, JS ≤ 5 KB`, async () => {
      for (const id of ids) {
        const b = await weigh(ctx.browser, `${ctx.served.url}${l}/${id}/`);
        const total = b.reduce((s, x) => s + x.gz, 0);
        const js = b.filter((x) => x.type === 'script').reduce((s, x) => s + x.gz, 0);
        expect(total, `${l}/${id}/ total`).toBeLessThanOrEqual(25 * 1024);
        expect(js, `${l}/${id}/ JS`).toBeLessThanOrEqual(5 * 1024);
        expect(js, `${l}/${id}/ loads its scripts`).toBeGreaterThan(1024);
      }
    });
  }
});
