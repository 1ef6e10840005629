import { execFileSync } from 'node:child_process';

/** Build-output tests run against a real build of the current tree (set SKIP_BUILD=1 to reuse dist/). */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
}
