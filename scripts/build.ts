// npm run build: pipeline, then the Astro site (PDFs in its build hook), then the search index in a process of its own
// (after Astro has given its memory back), into a temporary folder that replaces dist/ only when everything
// succeeded. A broken source never touches the published dist/.
// A library of more than SHARD_DOCS documents is built part by part (SHARD=k/n, one Astro run each, so memory stays
// that of one part) and the parts joined (src/lib/assemble.ts). With SHARD=k/n set, only that part is built, into
// OUT_DIR, for `npm run assemble` to join with the others (a build spread over machines).
import { resolve } from 'node:path';
import { libraryDocs, readCatalog } from '../src/lib/catalog.ts';
import { ASTRO, buildOptions, joinParts, publish, root, scratch, step } from './build-steps.ts';

const opts = buildOptions();
const out = resolve(root, opts.OUT_DIR);
step('pipeline', out, 'scripts/content.ts', []);
const temp = scratch('dist');
if (opts.SHARD) {
  const [k, n] = opts.SHARD;
  step(`astro (part ${k}/${n})`, out, ASTRO, ['build', '--outDir', temp]);
  publish(temp, out);
  console.log(`part ${k}/${n} ready: ${out} (not a site: join all ${n} parts with npm run assemble)`);
} else {
  const n = Math.max(1, Math.ceil(libraryDocs(readCatalog()).length / opts.SHARD_DOCS));
  if (n === 1) step('astro (site, PDFs)', out, ASTRO, ['build', '--outDir', temp]);
  else {
    const parts = Array.from({ length: n }, (_, i) => scratch(`part-${i + 1}`));
    parts.forEach((dir, i) => step(`astro (part ${i + 1}/${n})`, out, ASTRO, ['build', '--outDir', dir], { SHARD: `${i + 1}/${n}` }));
    joinParts(parts, temp, out, opts.BASE);
  }
  step('search index', out, 'scripts/search-index.ts', [temp]);
  publish(temp, out);
  console.log(`dist ready: ${out}`);
}
