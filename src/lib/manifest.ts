import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultLocale, localeIds } from './i18n/locales.ts';
import type { KitEntry } from './pdf/kit-entry.ts';
import { openDataEntries } from './data/manifest-entries.ts';
import { targetParts } from './data/parts.ts';

export interface Manifest {
  generator: string;
  documents: {
    id: string;
    type: string;
    date: string;
    title: Record<string, string>;
    pages: Record<string, string>;
    pdfs: KitEntry[];
  }[];
  collections: KitEntry[];
  /** open data files the site publishes */
  data: { path: string; format: string; description: string }[];
}

/**
 * The generated MDX's frontmatter, the same data the site's pages are built from (and that src/content.config.ts
 * validates), so the manifest cannot disagree with them; a second JSON written by the pipeline would be a copy.
 */
function frontmatter(mdx: string): { title: string; type: string; date: string } {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1];
  const data = (yaml ? parse(yaml) : {}) as Partial<Record<'title' | 'type' | 'date', string>>;
  return { title: data.title ?? '', type: data.type ?? '', date: data.date ?? '' };
}

/** dist/manifest.json: every document with its title per script, page URLs and PDFs (pages, bytes, sha256). */
export function buildManifest(root: string, base: string, kit: KitEntry[]): Manifest {
  const gen = join(root, 'content/generated');
  const ids = existsSync(join(gen, defaultLocale)) ? readdirSync(join(gen, defaultLocale)).map((f) => f.replace(/\.mdx$/, '')).sort() : [];
  const front = (locale: string, id: string) => frontmatter(readFileSync(join(gen, locale, `${id}.mdx`), 'utf8'));
  return {
    generator: 'shandong-policy-kit',
    documents: ids.map((id) => {
      const f = front(defaultLocale, id);
      return {
        id,
        type: f.type,
        date: f.date,
        title: Object.fromEntries(localeIds.map((l) => [l, front(l, id).title])),
        pages: Object.fromEntries(localeIds.map((l) => [l, `${base}${l}/${id}/`])),
        pdfs: kit.filter((k) => k.id === id),
      };
    }),
    collections: kit.filter((k) => k.kind === 'booklet'),
    data: [
      ...targetDataEntries(base, targetCount(gen)),
      ...openDataEntries(base, ids),
    ],
  };
}

/** How many figures content/generated/targets.json holds (0 before the pipeline has run). */
const targetCount = (gen: string): number =>
  existsSync(join(gen, 'targets.json')) ? ((JSON.parse(readFileSync(join(gen, 'targets.json'), 'utf8')) as Record<string, unknown[]>)[defaultLocale]?.length ?? 0) : 0;

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
