import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDictionary } from './dictionaries.ts';
import type { Dictionaries } from './opencc.ts';

// The readers of each source format live in ./sources/ (one module per format); this file is the entry.
export { placeError, readMeta, readSource, readSources, type Source } from './sources/index.ts';

export function readDictionaries(root: string): Dictionaries {
  const dir = join(root, 'content/dictionaries');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.tsv'))
        .sort()
    : [];
  const dicts: Dictionaries = { phrases: [], chars: [] };
  for (const f of files) {
    const entries = parseDictionary(readFileSync(join(dir, f), 'utf8'), `content/dictionaries/${f}`);
    (f.endsWith('.chars.tsv') ? dicts.chars : dicts.phrases).push(...entries);
  }
  return dicts;
}
