// npm run assemble -- <part folder>...: the parts of a library built with SHARD=k/n (on one machine or many) joined
// into OUT_DIR: one site, one manifest, one search index. Fails, naming the folder or file, when a part is missing,
// repeated or was built from other sources; OUT_DIR is then left as it was.
import { resolve } from 'node:path';
import { buildOptions, joinParts, publish, root, scratch, step } from './build-steps.ts';

const opts = buildOptions();
const out = resolve(root, opts.OUT_DIR);
const dirs = process.argv.slice(2).map((d) => resolve(d));
if (!dirs.length) {
  console.error('usage: npm run assemble -- <part folder>... (each built with SHARD=k/n npm run build)');
  process.exit(2);
}
const temp = scratch('dist');
joinParts(dirs, temp, out, opts.BASE);
step('search index', out, 'scripts/search-index.ts', [temp]);
publish(temp, out);
console.log(`dist ready: ${out}`);
