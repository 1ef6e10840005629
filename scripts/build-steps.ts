// What npm run build and npm run assemble share: each step a child process (its memory given back when it exits),
// the output built in a temporary folder that replaces the published one only when every step succeeded.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assembleParts } from '../src/lib/assemble.ts';
import { ContentError } from '../src/lib/schema/friendly.ts';
import { childEnv, options, type Options } from '../src/lib/options.ts';

export const root = resolve('.');
export const work = join(root, '.build');

/** The options, or a named error and exit before anything is built. */
export function buildOptions(): Options {
  try {
    return options();
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    console.error(`build not started: ${e.message}`);
    process.exit(1);
  }
}

/** A scratch folder of this process under .build/, removed by `fail` and `publish`. */
export function scratch(name: string): string {
  mkdirSync(work, { recursive: true });
  const dir = join(work, `${name}-${process.pid}`);
  made.push(dir);
  return dir;
}
const made: string[] = [];

/** Stop: scratch folders removed, the published output left as it was. */
export function fail(label: string, out: string, code = 1): never {
  for (const d of made) rmSync(d, { recursive: true, force: true });
  console.error(`build failed in ${label}; ${out} was left as it was`);
  process.exit(code);
}

/** Run one step as a child process on this Node (24), with `extra` options; a failure stops the build. */
export function step(label: string, out: string, script: string, args: string[], extra: Partial<Record<keyof Options, string>> = {}): void {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, stdio: 'inherit', env: childEnv(extra) });
  if (r.status !== 0) fail(label, out, r.status ?? 1);
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The finished folder replaces `out` (a rename: a reader never sees half a site); scratch folders removed. */
export function publish(temp: string, out: string): void {
  const old = join(work, `old-${process.pid}`);
  mkdirSync(dirname(out), { recursive: true });
  if (existsSync(out)) renameSync(out, old);
  try {
    renameSync(temp, out);
  } catch (e) {
    // OUT_DIR on another file system than the project: copied instead (not atomic, but only once every step succeeded)
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(temp, out, { recursive: true });
  }
  rmSync(old, { recursive: true, force: true });
  for (const d of made) rmSync(d, { recursive: true, force: true });
}

export const ASTRO = 'node_modules/astro/bin/astro.mjs';

/** Join built parts into `temp` (src/lib/assemble.ts); a bad part stops the build, named, `out` left as it was. */
export function joinParts(parts: string[], temp: string, out: string, base: string): void {
  try {
    const joined = assembleParts(parts, temp, root, base);
    console.log(`assembled ${parts.length} parts: ${joined.files} files, ${joined.kit.length} PDFs`);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    console.error(e.message);
    fail('assembly', out);
  }
}
