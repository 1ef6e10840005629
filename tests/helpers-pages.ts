import { readdirSync } from 'node:fs';
import { DIST } from './helpers.ts';

/** Every HTML page of the build, as site paths: `zh-hans/x/`, `404.html`, ''. */
export function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => rel.endsWith('.html') && !/^(pagefind|pdf|_astro)\//.test(rel))
    .map((rel) => (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel))
    .sort();
}
