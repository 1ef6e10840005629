import { describe, expect, it } from 'vitest';
import { manifestFiles, type Manifest, type ManifestDoc } from '../../src/lib/manifest.ts';
import { MANIFEST_PART_DOCS, MANIFEST_WHOLE_MAX } from '../../src/lib/data/parts.ts';

const doc = (k: number, year: string): ManifestDoc => ({
  id: `doc-${k}`,
  type: 'policy',
  date: `${year}-03-01`,
  title: { 'zh-hans': `文件${k}`, 'zh-hant': `文件${k}` },
  pages: { 'zh-hans': `/zh-hans/doc-${k}/`, 'zh-hant': `/zh-hant/doc-${k}/` },
  pdfs: [],
});
const manifest = (docs: ManifestDoc[]): Manifest => ({ generator: 'g', documents: docs, collections: [], data: [] });

describe('the manifest of a large library', () => {
  it('is one file while the library has at most MANIFEST_WHOLE_MAX documents', () => {
    const m = manifest(Array.from({ length: MANIFEST_WHOLE_MAX }, (_, k) => doc(k, '2025')));
    const files = manifestFiles(m, '/');
    expect([...files.keys()]).toEqual(['manifest.json']);
    expect(files.get('manifest.json')).toBe(m);
  });
  it('past that, lists its documents in parts by year, each document once, and names the parts in manifest.json', () => {
    const docs = [...Array.from({ length: MANIFEST_PART_DOCS + 10 }, (_, k) => doc(k, '2026')), ...Array.from({ length: 5 }, (_, k) => doc(90_000 + k, '2024'))];
    const files = manifestFiles(manifest(docs), '/sub/');
    const top = files.get('manifest.json') as Manifest;
    expect(top.documents).toEqual([]);
    expect(top.parts).toEqual([
      { year: '2024', part: 1, documents: 5, path: '/sub/manifest/2024/1.json' },
      { year: '2026', part: 1, documents: MANIFEST_PART_DOCS, path: '/sub/manifest/2026/1.json' },
      { year: '2026', part: 2, documents: 10, path: '/sub/manifest/2026/2.json' },
    ]);
    const listed = [...files.entries()].filter(([k]) => k !== 'manifest.json').flatMap(([, v]) => v.documents.map((d) => d.id));
    expect(listed.sort()).toEqual(docs.map((d) => d.id).sort());
  });
});
