import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './helpers.ts';

/** Every HTML page of the build, as site paths: `zh-hans/x/`, `404.html`, ''. */
export function builtPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) {
        if (f !== 'pagefind' && f !== 'pdf' && f !== '_astro') walk(p);
      } else if (f.endsWith('.html')) {
        const rel = relative(dir, p);
        out.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}
