// npm run bench:kit: the printable kit cold (empty PDF cache) and warm (no change), with every PDF's pages and size.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { childEnv } from '../src/lib/options.ts';

const root = resolve('.');
const cache = join(root, 'node_modules/.cache/policy-kit-pdf');

function build(): { total: number; kit: number } {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, encoding: 'utf8', env: childEnv() });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  const kit = Number(/kit: \d+ PDFs in ([\d.]+) s/.exec(r.stdout)?.[1]);
  return { total: (Date.now() - started) / 1000, kit };
}

rmSync(cache, { recursive: true, force: true });
const cold = build();
const warm = build();
const manifest = JSON.parse(readFileSync(join(root, 'dist/manifest.json'), 'utf8'));
const pdfs = [...manifest.documents.flatMap((d: { pdfs: unknown[] }) => d.pdfs), ...manifest.collections] as { pdf: string; pages: number; bytes: number }[];
console.log(`cold build: ${cold.total.toFixed(1)} s, of which PDFs ${cold.kit.toFixed(1)} s (${pdfs.length} PDFs, 2 cores)`);
console.log(`warm build (no change): ${warm.total.toFixed(1)} s, of which PDFs ${warm.kit.toFixed(1)} s`);
console.log(`largest handout: ${Math.max(...pdfs.filter((p) => !/\/booklet(-[^/]+)?\.pdf$/.test(p.pdf)).map((p) => p.bytes)) / 1024 | 0} KB`);
for (const p of pdfs.sort((a, b) => (a.pdf < b.pdf ? -1 : 1))) console.log(`  ${p.pdf.padEnd(58)} ${String(p.pages).padStart(3)} pages ${String(Math.round(p.bytes / 1024)).padStart(6)} KB`);
