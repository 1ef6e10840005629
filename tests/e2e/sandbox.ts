import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childEnv } from '../../src/lib/options.ts';
import { ROOT } from '../helpers.ts';

/** A throwaway copy of the project (node_modules linked) where a test may add broken sources and run the real build. */
export function sandbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-kit-'));
  for (const f of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'scripts', 'public', 'content']) {
    cpSync(join(ROOT, f), join(dir, f), { recursive: true, filter: (p) => !p.includes('.generated-tmp') });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Run the real `npm run build` entry (scripts/build.ts) in a sandbox. */
export function buildIn(dir: string, env: Parameters<typeof childEnv>[0] = {}): { status: number; out: string } {
  const r = spawnSync(process.execPath, [join(dir, 'scripts/build.ts')], { cwd: dir, encoding: 'utf8', env: childEnv(env), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, out: `${r.stdout}\n${r.stderr}` };
}

/** Run the real `npm run assemble` entry (scripts/assemble.ts) in a sandbox on the given part folders. */
export function assembleIn(dir: string, parts: string[], env: Parameters<typeof childEnv>[0] = {}): { status: number; out: string } {
  const r = spawnSync(process.execPath, [join(dir, 'scripts/assemble.ts'), ...parts], { cwd: dir, encoding: 'utf8', env: childEnv(env), maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? 1, out: `${r.stdout}\n${r.stderr}` };
}
