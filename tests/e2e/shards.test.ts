import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../helpers.ts';
import { buildIn, sandbox } from './sandbox.ts';

/**
 * The README's way past one machine, run for real: two shards render their documents' PDFs into their own caches; the
 * caches are merged and `PDF_ONLY=booklet` assembles the whole kit, rendering only the booklets. The result must be the
 * kit a single build makes (dist/, built by the test setup), byte for byte.
 */
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as {
  documents: { id: string; pdfs: { pdf: string }[] }[];
  collections: { pdf: string }[];
};
const withPdfs = manifest.documents.filter((d) => d.pdfs.length);
const [first, ...rest] = withPdfs.map((d) => d.id);
const pdfsOf = (ids: string[]) =>
  withPdfs
    .filter((d) => ids.includes(d.id))
    .flatMap((d) => d.pdfs.map((p) => p.pdf))
    .sort();
const files = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => `pdf/${f}`)
        .sort()
    : [];

let dir: string;
const runs: Record<'a' | 'b' | 'all', { status: number; out: string }> = {} as never;
beforeAll(() => {
  dir = sandbox();
  const shard = (name: 'a' | 'b' | 'all', only: string[]) =>
    (runs[name] = buildIn(dir, { PDF_ONLY: only.join(','), PDF_CACHE_DIR: join(dir, `cache-${name}`), OUT_DIR: join(dir, `out-${name}`) }));
  shard('a', [first!]);
  shard('b', rest);
  for (const from of ['a', 'b']) if (existsSync(join(dir, `cache-${from}`))) cpSync(join(dir, `cache-${from}`), join(dir, 'cache-all'), { recursive: true });
  shard('all', ['booklet']);
}, 600_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('PDF rendering split across machines by document', () => {
  it('a shard renders its documents’ PDFs and no others, and says its dist/ is not the site', () => {
    expect(runs.a.status, runs.a.out.slice(-2000)).toBe(0);
    expect(runs.b.status, runs.b.out.slice(-2000)).toBe(0);
    expect(withPdfs.length).toBeGreaterThan(1);
    expect(files(join(dir, 'out-a/pdf'))).toEqual(pdfsOf([first!]));
    expect(files(join(dir, 'out-b/pdf'))).toEqual(pdfsOf(rest));
    expect(runs.a.out).toContain('is not the whole site');
  });

  it('with the shards’ caches merged, the booklet build renders only the booklets and makes the single-build kit', () => {
    expect(runs.all.status, runs.all.out.slice(-2000)).toBe(0);
    const rendered = runs.all.out.split('\n').filter((l) => /\[\d+\/\d+\]/.test(l) && !l.endsWith('cached'));
    expect(rendered.length).toBe(manifest.collections.length);
    for (const l of rendered) expect(l).toMatch(/ booklet … /);
    const out = join(dir, 'out-all');
    expect(files(join(out, 'pdf'))).toEqual(files(join(DIST, 'pdf')));
    for (const f of files(join(DIST, 'pdf'))) expect(Buffer.compare(readFileSync(join(out, f)), readFileSync(join(DIST, f))), f).toBe(0);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(readFileSync(join(out, 'zh-hant/downloads/index.html'), 'utf8')).toBe(readFileSync(join(DIST, 'zh-hant/downloads/index.html'), 'utf8'));
  });
});
