import { describe, expect, it } from 'vitest';
import { childEnv, optionNames, parseOptions } from '../../src/lib/options.ts';
import { ContentError } from '../../src/lib/schema/friendly.ts';

describe('build options', () => {
  it('default to a whole build of the site at /', () => {
    const o = parseOptions({});
    expect(o).toMatchObject({ BASE: '/', PDF: true, PDF_CACHE: true, PDF_CONCURRENCY: 2, KEEP_PRINT: false, OUT_DIR: 'dist', UPDATE: false });
    expect(o.SHARD).toBeUndefined();
  });
  it('parse switches, counts and lists; an empty variable is unset', () => {
    const o = parseOptions({ PDF: '0', PDF_CONCURRENCY: '3', SHARD: '2/8', BASE: '', UNRELATED: 'x' });
    expect(o).toMatchObject({ PDF: false, PDF_CONCURRENCY: 3, SHARD: [2, 8], BASE: '/' });
    expect(() => parseOptions({ SHARD: '9/8' })).toThrow('SHARD="9/8": expected a part from 1 to the number of parts');
  });
  it('fail on a bad value with the variable, the value and what it accepts', () => {
    expect(() => parseOptions({ PDF_CONCURRENCY: 'abc' })).toThrow(ContentError);
    expect(() => parseOptions({ PDF_CONCURRENCY: 'abc' })).toThrow('environment: PDF_CONCURRENCY="abc": expected a whole number from 1');
    expect(() => parseOptions({ PDF: 'yes', SITE: 'example.org' })).toThrow(/SITE="example.org": expected an absolute URL[\s\S]*PDF="yes": expected one of 0 \| 1/);
  });
  it('a child build gets this environment without a parent tool’s Vite variables', () => {
    const env = childEnv({ PDF: '0' });
    expect(env.PDF).toBe('0');
    expect(env.ASTRO_TELEMETRY_DISABLED).toBe('1');
    for (const k of ['VITEST', 'MODE', 'BASE_URL', 'NODE_ENV']) expect(env[k]).toBeUndefined();
  });
  it('every option is in the README’s table', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(optionNames.filter((k) => !readme.includes(`| \`${k}\` |`))).toEqual([]);
  });
});
