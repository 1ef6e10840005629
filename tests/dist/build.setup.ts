import { execFileSync } from 'node:child_process';
import { childEnv, options } from '../../src/lib/options.ts';

/** Build-output tests run against a real build of the current tree (set SKIP_BUILD=1 to reuse dist/). */
export default function setup(): void {
  if (options().SKIP_BUILD) return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: childEnv() });
}
