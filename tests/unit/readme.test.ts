import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../src/lib/csp.ts';
import { ROOT } from '../helpers.ts';

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('documents the Content-Security-Policy the site is tested against, hash included', () => {
    const block = /```\n(default-src[\s\S]*?)```/.exec(readme)?.[1];
    expect(block?.replace(/\s+/g, ' ').trim()).toBe(CSP);
  });
  it('its quick start names the two commands CI runs', () => {
    expect(readme).toMatch(/npm run setup/);
    expect(readme).toMatch(/npm test/);
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm test/);
  });
});
