import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localeIds } from './i18n/locales.ts';
import type { KitEntry } from './pdf/kit-build.ts';

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

/** dist/manifest.json: every document with its title per script, page URLs and PDFs (pages, bytes, sha256). */
export function buildManifest(root: string, base: string, kit: KitEntry[]): Manifest {
  const gen = join(root, 'content/generated');
  const ids = existsSync(join(gen, 'zh-hans')) ? readdirSync(join(gen, 'zh-hans')).map((f) => f.replace(/\.mdx$/, '')).sort() : [];
  const front = (locale: string, id: string) => {
    const text = readFileSync(join(gen, locale, `${id}.mdx`), 'utf8');
    const get = (k: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${k}: `));
      return line ? (JSON.parse(line.slice(k.length + 2)) as string) : '';
    };
    return { title: get('title'), type: get('type'), date: get('date') };
  };
  return {
    generator: 'shandong-policy-kit',
    documents: ids.map((id) => {
      const f = front('zh-hans', id);
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
      { path: `${base}targets.csv`, format: 'text/csv', description: 'every figure: indicator (zh-Hans, zh-Hant), value, unit, deadline, kind, lead department, anchor URL' },
      { path: `${base}targets.json`, format: 'application/json', description: 'the rows of targets.csv as JSON' },
    ],
  };
}
