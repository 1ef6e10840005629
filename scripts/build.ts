// npm run build: pipeline, then the Astro site (PDFs in its build hook), then the search index in a process of its own
// (after Astro has given its memory back), into a temporary folder that replaces dist/ only when everything
// succeeded. A broken source never touches the published dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ContentError } from '../src/lib/schema/friendly.ts';
import { childEnv, options } from '../src/lib/options.ts';

const root = resolve('.');
let out: string;
try {
  out = resolve(root, options().OUT_DIR);
} catch (e) {
  // a bad option fails here, named, before anything is built
  if (!(e instanceof ContentError)) throw e;
  console.error(`build not started: ${e.message}`);
  process.exit(1);
}
const work = join(root, '.build');
const temp = join(work, `dist-${process.pid}`);
const env = childEnv();

function step(label: string, cmd: string, args: string[]): void {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    rmSync(temp, { recursive: true, force: true });
    console.error(`build failed in ${label}; ${out} was left as it was`);
    process.exit(r.status ?? 1);
  }
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

mkdirSync(work, { recursive: true });
step('pipeline', process.execPath, [join(root, 'scripts/content.ts')]);
// run Astro on this Node (24), not on whatever `node` a shebang finds first on PATH
step('astro (site, PDFs)', process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', temp]);
step('search index', process.execPath, [join(root, 'scripts/search-index.ts'), temp]);
const old = join(work, `old-${process.pid}`);
if (existsSync(out)) renameSync(out, old);
renameSync(temp, out);
rmSync(old, { recursive: true, force: true });
console.log(`dist ready: ${out}`);
