import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { defaultLocale, localeIds } from './i18n/locales.ts';
import type { KitEntry } from './pdf/kit-entry.ts';
import { generatedJson } from './data/generated.ts';
import { openDataEntries } from './data/manifest-entries.ts';
import { booklets } from './booklets.ts';
import { libraryDocs, readCatalog, type CatalogFile } from './catalog.ts';
import { options } from './options.ts';
import { ContentError } from './schema/friendly.ts';

/** A booklet of the kit: its PDF, and the volume of the library it prints (src/lib/partition.ts). */
export interface Collection extends KitEntry {
  kind: 'booklet';
  /** the volume's key (the entry's id): `all` for a library of one volume, else `<type>-<year>` or `<type>-<year>-<n>` */
  volume: string;
  /** the volume's document type and year (`all` and `all` for the whole library) */
  type: string;
  year: string;
  /** its place among the volumes of its type and year, when that year fills more than one */
  part?: number;
  /** the documents it prints, in order */
  docs: string[];
}
import { docParts, MANIFEST_PART_DOCS, manifestParts, targetParts } from './data/parts.ts';

export interface ManifestDoc {
  id: string;
  type: string;
  date: string;
  title: Record<string, string>;
  pages: Record<string, string>;
  pdfs: KitEntry[];
}

export interface Manifest {
  generator: string;
  /** every document, while the library has at most MANIFEST_WHOLE_MAX; past that none here, and `parts` lists them */
  documents: ManifestDoc[];
  /** past MANIFEST_WHOLE_MAX documents, the files that list them: by the year of their date, MANIFEST_PART_DOCS a file */
  parts?: { year: string; part: number; documents: number; path: string }[];
  /** every booklet of every script */
  collections: Collection[];
  /** open data files the site publishes */
  data: { path: string; format: string; description: string }[];
}

/** The booklets among the PDFs, each with its volume (cut with BOOKLET_DOCS, as the build cut it). */
function collections(catalog: CatalogFile[], kit: KitEntry[]): Collection[] {
  const vols = new Map(booklets(libraryDocs(catalog), options().BOOKLET_DOCS).map((b, i) => [b.key, { ...b, at: i }]));
  // per script, in the volumes' order (policy texts first, newest year first)
  const order = (k: KitEntry) => vols.get(k.id)?.at ?? -1;
  return kit
    .filter((k) => k.kind === 'booklet')
    .sort((a, b) => a.locale.localeCompare(b.locale) || order(a) - order(b))
    .map(({ docs, ...k }) => {
      const v = vols.get(k.id);
      // the parts of a library were built with another BOOKLET_DOCS than the assembly's
      if (!v) throw new ContentError(k.pdf, undefined, 'BOOKLET_DOCS', `no volume ${k.id} in the library cut into booklets of ${options().BOOKLET_DOCS} documents: assemble with the BOOKLET_DOCS the parts were built with`);
      return { ...k, kind: 'booklet', volume: v.key, type: v.type, year: v.year, ...(v.part ? { part: v.part } : {}), docs: docs ?? v.docIds };
    });
}

/** dist/manifest.json: every document with its title per script, page URLs and PDFs (pages, bytes, sha256). */
export function buildManifest(root: string, base: string, kit: KitEntry[]): Manifest {
  const gen = join(root, 'content/generated');
  // the catalogue: the generated MDX's frontmatter, the data the site's pages are built from, so the two cannot disagree
  const catalog = existsSync(join(gen, 'catalog.json')) ? readCatalog(root) : [];
  const byId = new Map<string, CatalogFile['data'][]>();
  for (const c of catalog) (byId.get(c.data.docId) ?? byId.set(c.data.docId, []).get(c.data.docId)!).push(c.data);
  const ids = catalog.filter((c) => c.data.locale === defaultLocale).map((c) => c.data.docId).sort();
  return {
    generator: 'shandong-policy-kit',
    documents: ids.map((id) => {
      const f = byId.get(id)!;
      const own = f.find((d) => d.locale === defaultLocale)!;
      return {
        id,
        type: own.type,
        date: own.date,
        title: Object.fromEntries(localeIds.map((l) => [l, f.find((d) => d.locale === l)?.title ?? ''])),
        pages: Object.fromEntries(localeIds.map((l) => [l, `${base}${l}/${id}/`])),
        pdfs: kit.filter((k) => k.id === id),
      };
    }),
    collections: collections(catalog, kit),
    data: [
      ...targetDataEntries(base, existsSync(join(gen, 'targets.json')) ? generatedJson('targets', root).figures : 0),
      ...openDataEntries(base, ids),
    ],
  };
}


/** targets.csv / targets.json while the corpus is small enough for one file, and always the index of the parts by year. */
function targetDataEntries(base: string, rows: number): Manifest['data'] {
  return [
    ...(targetParts.whole(rows)
      ? [
          { path: `${base}targets.csv`, format: 'text/csv', description: 'every figure: indicator (zh-Hans, zh-Hant), value, unit, deadline, kind, lead department, anchor URL' },
          { path: `${base}targets.json`, format: 'application/json', description: 'the rows of targets.csv as JSON' },
        ]
      : []),
    { path: `${base}${targetParts.indexPath}`, format: 'application/json', description: 'the figures in parts by the year of their document (CSV and JSON each), and the whole files when published' },
  ];
}

/**
 * dist/manifest.json and, for a library past MANIFEST_WHOLE_MAX documents, its parts (manifest/<year>/<n>.json, each
 * `{documents}`), so that no file grows with the library (at 10,000 documents one manifest was 7.6 MB without PDFs).
 */
export function manifestFiles(m: Manifest, base: string): Map<string, Manifest | { documents: ManifestDoc[] }> {
  const files = new Map<string, Manifest | { documents: ManifestDoc[] }>();
  if (manifestParts.whole(m.documents.length)) return files.set('manifest.json', m);
  const parts = docParts(m.documents, (d) => d.date.slice(0, 4), MANIFEST_PART_DOCS);
  for (const p of parts) files.set(manifestParts.path(p), { documents: p.items });
  const { documents: _all, ...rest } = m;
  return files.set('manifest.json', {
    ...rest,
    documents: [],
    parts: parts.map((p) => ({ year: p.year, part: p.part, documents: p.items.length, path: `${base}${manifestParts.path(p)}` })),
  });
}

/** Writes the manifest of `kit` (manifestFiles) into dist. */
export function writeManifest(dist: string, root: string, base: string, kit: KitEntry[]): void {
  for (const [path, body] of manifestFiles(buildManifest(root, base, kit), base)) {
    // the parts' folders are made; a dist/ that is not there is an error, not made here
    if (path.includes('/')) mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), `${JSON.stringify(body, null, 1)}\n`);
  }
}
