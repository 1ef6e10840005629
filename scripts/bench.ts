// npm run bench [-- 10 100 1000]: synthetic corpora made from the real sources, each built in a temporary copy of the
// project; prints per phase (pipeline, Astro, Pagefind, PDFs) time and peak memory, dist and index size, and the
// search payload to the first results for one query (Chromium). PDFs are rendered for corpora up to PDF_MAX documents (default 10). BENCH_KEEP=1 keeps
// each temporary project (to profile one phase there).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { childEnv, options } from '../src/lib/options.ts';
import { launchBrowser } from '../src/lib/pdf/render.ts';
import { serve } from '../src/lib/serve.ts';
import { searchPayload } from './search-payload.ts';

const ROOT = resolve('.');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const { PDF_MAX, BENCH_KEEP } = options();
const QUERY = '城市更新';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-kit-bench-'));
  for (const f of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'scripts', 'public']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  cpSync(join(ROOT, 'content/dictionaries'), join(dir, 'content/dictionaries'), { recursive: true });
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** n documents: each a real source cut to 40–100 % of its lines (varied length), both source scripts, unique text. */
function corpus(dir: string, n: number): void {
  const seeds = readdirSync(join(ROOT, 'content/sources')).sort();
  let rnd = 42;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let k = 0; k < n; k++) {
    const seed = seeds[k % seeds.length]!;
    const raw = readFileSync(join(ROOT, 'content/sources', seed, 'source.txt'), 'utf8');
    const meta = parse(readFileSync(join(ROOT, 'content/sources', seed, 'meta.yml'), 'utf8')) as Record<string, unknown>;
    const lines = raw.split('\n');
    const keep = Math.max(8, Math.round(lines.length * (0.4 + 0.6 * random())));
    const text = lines.slice(0, keep);
    const at = text.findIndex((l) => /。/.test(l));
    if (at >= 0) text[at] = text[at]!.replace('。', `（样本${k + 1}）。`);
    const cut = text.join('\n');
    const id = `doc-${String(k + 1).padStart(4, '0')}-${seed}`;
    const m: Record<string, unknown> = { title: `${meta.title}（样本${k + 1}）`, type: meta.type, script: meta.script, date: meta.date };
    const corrections = ((meta.corrections as { find: string }[] | undefined) ?? []).filter((c) => cut.includes(c.find));
    if (corrections.length) m.corrections = corrections;
    if (meta.speakers) m.speakers = meta.speakers;
    mkdirSync(join(dir, 'content/sources', id), { recursive: true });
    writeFileSync(join(dir, 'content/sources', id, 'source.txt'), cut);
    writeFileSync(join(dir, 'content/sources', id, 'meta.yml'), stringify(m));
  }
}

/** Run a command, sampling the resident memory of its whole process tree every 100 ms. */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ ms: number; peakMb: number; out: string }> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd, env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    let peak = 0;
    const tree = (pid: number): number[] => {
      const kids: number[] = [];
      for (const p of readdirSync('/proc').filter((f) => /^\d+$/.test(f))) {
        try {
          if (readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(pid)) kids.push(Number(p));
        } catch {}
      }
      return [pid, ...kids.flatMap(tree)];
    };
    const timer = setInterval(() => {
      let kb = 0;
      for (const p of tree(child.pid!)) {
        try {
          kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
        } catch {}
      }
      peak = Math.max(peak, kb);
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} failed:\n${out.slice(-3000)}`));
      else done({ ms: Date.now() - started, peakMb: Math.round(peak / 1024), out });
    });
  });
}

const du = (dir: string): number => readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((s, f) => s + statSync(join(dir, f)).size, 0);

const rows: string[] = [];
for (const n of sizes.length ? sizes : [10, 100, 1000]) {
  const dir = project();
  corpus(dir, n);
  const pdf = n <= PDF_MAX;
  const pipeline = await run(process.execPath, [join(dir, 'scripts/content.ts')], dir, childEnv());
  const astro = await run(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], dir, childEnv({ PDF: pdf ? '1' : '0', PDF_CACHE: '0' }));
  // the index is built as npm run build builds it: in its own process once Astro has exited
  const search = await run(process.execPath, [join(dir, 'scripts/search-index.ts'), join(dir, 'dist')], dir, childEnv());
  const kitS = Number(/kit: \d+ PDFs in ([\d.]+) s/.exec(astro.out)?.[1] ?? 0);
  const pdfs = Number(/kit: (\d+) PDFs/.exec(astro.out)?.[1] ?? 0);
  const indexMs = Number(/search index: \d+ pages in (\d+) ms/.exec(search.out)?.[1] ?? 0);
  const astroOnly = astro.ms / 1000 - kitS;
  const dist = du(join(dir, 'dist'));
  const index = du(join(dir, 'dist/pagefind'));
  // what a reader downloads from a document page to the first results for one query, in Chromium
  const served = await serve(join(dir, 'dist'));
  const browser = await launchBrowser();
  const first = readdirSync(join(dir, 'content/sources')).sort()[0]!;
  const payload = (await searchPayload(browser, `${served.url}zh-hans/${first}/`, QUERY)).reduce((t, b) => t + b.gz, 0);
  await browser.close();
  await served.close();
  const row = `| ${String(n).padStart(5)} | ${(pipeline.ms / 1000).toFixed(1)} s, ${pipeline.peakMb} MB | ${astroOnly.toFixed(1)} s | ${(indexMs / 1000).toFixed(1)} s | ${pdf ? `${kitS.toFixed(1)} s (${pdfs} PDFs, ${(n / kitS).toFixed(2)} doc/s)` : 'skipped'} | ${astro.peakMb} / ${search.peakMb} MB | ${(dist / 1024 / 1024).toFixed(1)} MB | ${(index / 1024 / 1024).toFixed(2)} MB | ${(payload / 1024).toFixed(1)} KB |`;
  rows.push(row);
  console.log(row);
  if (BENCH_KEEP) console.log(`kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
console.log(`\n| docs | pipeline (time, peak RSS) | Astro pages | Pagefind | PDFs | peak RSS Astro / Pagefind | dist/ | index | search “${QUERY}” |`);
console.log('| ---: | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
