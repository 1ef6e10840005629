// npm run bench [-- 10 100 1000 10000]: synthetic corpora made from the real sources, each built in a temporary copy of
// the project as npm run build builds it (past SHARD_DOCS documents part by part, then joined); prints per phase
// (pipeline, each Astro part, join + Pagefind, PDFs) time and peak memory, dist size, file count, largest file and
// largest HTML page, index size, the search payload to the first results for one query and query latency (Chromium). PDFs are rendered for corpora up to PDF_MAX documents (default 10). BENCH_KEEP=1 keeps
// each temporary project (to profile one phase there).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { childEnv, options } from '../src/lib/options.ts';
import { launchBrowser } from '../src/lib/pdf/render.ts';
import { serve } from '../src/lib/serve.ts';
import { queryLatency, searchPayload } from './search-payload.ts';

const ROOT = resolve('.');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const { PDF_MAX, BENCH_KEEP, SHARD_DOCS } = options();
/** timed after the index is loaded: seed words of 2–4 characters and a phrase */
const LATENCY_QUERIES = ['城市', '韧性', '城市群', '好房子', '城市更新', '历史文化', '绿色建筑', '推动城市高质量发展'];
const QUERY = '城市更新';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-kit-bench-'));
  for (const f of ['package.json', 'tsconfig.json', 'astro.config.mjs', 'src', 'scripts', 'public']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  cpSync(join(ROOT, 'content/dictionaries'), join(dir, 'content/dictionaries'), { recursive: true });
  mkdirSync(join(dir, 'content/sources'), { recursive: true });
  // the packages shared, not the caches: Astro's data store (node_modules/.astro) and the PDF cache stay the copy's own
  mkdirSync(join(dir, 'node_modules'));
  for (const f of readdirSync(join(ROOT, 'node_modules')).filter((f) => f !== '.astro' && f !== '.cache')) symlinkSync(join(ROOT, 'node_modules', f), join(dir, 'node_modules', f));
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

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** dist/ as a host sees it: bytes, files, the largest file, the largest HTML page gzipped. */
function distFigures(dist: string) {
  let bytes = 0;
  let largest = { f: '', n: 0 };
  let html = { f: '', n: 0 };
  const all = files(dist);
  for (const f of all) {
    const n = statSync(join(dist, f)).size;
    bytes += n;
    if (n > largest.n) largest = { f, n };
    if (f.endsWith('.html') && n > 20_000) {
      const gz = gzipSync(readFileSync(join(dist, f))).length;
      if (gz > html.n) html = { f, n: gz };
    }
  }
  const index = files(join(dist, 'pagefind')).reduce((t, f) => t + statSync(join(dist, 'pagefind', f)).size, 0);
  return { bytes, count: all.length, largest, html, index };
}

const rows: string[] = [];
for (const n of sizes.length ? sizes : [10, 100, 1000]) {
  const dir = project();
  corpus(dir, n);
  const pdf = n <= PDF_MAX;
  const env = childEnv({ PDF: pdf ? '1' : '0', PDF_CACHE: '0' });
  const pipeline = await run(process.execPath, [join(dir, 'scripts/content.ts')], dir, env);
  // as npm run build does it: past SHARD_DOCS documents, part by part (one Astro each), then joined and indexed
  const count = Math.max(1, Math.ceil(n / SHARD_DOCS));
  const astro: Awaited<ReturnType<typeof run>>[] = [];
  let join_: Awaited<ReturnType<typeof run>>;
  const astroBin = join(dir, 'node_modules/astro/bin/astro.mjs');
  if (count === 1) {
    astro.push(await run(process.execPath, [astroBin, 'build'], dir, env));
    join_ = await run(process.execPath, [join(dir, 'scripts/search-index.ts'), join(dir, 'dist')], dir, env);
  } else {
    const parts = Array.from({ length: count }, (_, k) => join(dir, `part-${k + 1}`));
    for (const [k, part] of parts.entries()) {
      astro.push(await run(process.execPath, [astroBin, 'build', '--outDir', part], dir, childEnv({ PDF: pdf ? '1' : '0', PDF_CACHE: '0', SHARD: `${k + 1}/${count}` })));
      console.log(`  part ${k + 1}/${count}: ${secs(astro.at(-1)!.ms)}, ${astro.at(-1)!.peakMb} MB`);
    }
    join_ = await run(process.execPath, [join(dir, 'scripts/assemble.ts'), ...parts], dir, childEnv({ OUT_DIR: join(dir, 'dist') }));
    for (const part of parts) rmSync(part, { recursive: true, force: true });
  }
  const kitS = astro.reduce((t, a) => t + Number(/kit: \d+ PDFs in ([\d.]+) s/.exec(a.out)?.[1] ?? 0), 0);
  const pdfs = astro.reduce((t, a) => t + Number(/kit: (\d+) PDFs/.exec(a.out)?.[1] ?? 0), 0);
  const indexMs = Number(/search index: \d+ pages in (\d+) ms/.exec(join_.out)?.[1] ?? 0);
  const astroMs = astro.reduce((t, a) => t + a.ms, 0) - kitS * 1000;
  const d = distFigures(join(dir, 'dist'));
  // what a reader downloads from a document page to the first results for one query, and query time, in Chromium
  const served = await serve(join(dir, 'dist'));
  const browser = await launchBrowser();
  const first = readdirSync(join(dir, 'content/sources')).sort()[0]!;
  const payload = (await searchPayload(browser, `${served.url}zh-hans/${first}/`, QUERY)).reduce((t, b) => t + b.gz, 0);
  const latency = await queryLatency(browser, `${served.url}zh-hans/search/`, LATENCY_QUERIES);
  await browser.close();
  await served.close();
  const total = pipeline.ms + astro.reduce((t, a) => t + a.ms, 0) + join_.ms;
  const row = [
    String(n).padStart(6),
    `${secs(pipeline.ms)}, ${pipeline.peakMb} MB`,
    `${count} × ${secs(astroMs / count)}, max ${Math.max(...astro.map((a) => a.peakMb))} MB`,
    `${secs(join_.ms - indexMs)} + ${secs(indexMs)}, ${join_.peakMb} MB`,
    pdf ? `${kitS.toFixed(1)} s (${pdfs} PDFs)` : 'skipped',
    secs(total),
    `${mb(d.bytes)}, ${d.count} files`,
    `${mb(d.largest.n)} ${d.largest.f}`,
    `${(d.html.n / 1024).toFixed(0)} KB ${d.html.f}`,
    mb(d.index),
    `${(payload / 1024).toFixed(1)} KB`,
    `${latency.coldMedian.toFixed(0)} · ${latency.median.toFixed(0)} / ${latency.p90.toFixed(0)} ms`,
    `${latency.shownMedian.toFixed(0)} / ${latency.shownP90.toFixed(0)} ms`,
  ];
  rows.push(`| ${row.join(' | ')} |`);
  console.log(rows.at(-1));
  if (BENCH_KEEP) console.log(`kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
console.log(`\n| docs | pipeline (time, peak RSS) | Astro parts (time each, peak RSS) | join + search index (peak RSS) | PDFs | wall | dist/ | largest file | largest HTML (gzip) | index | search “${QUERY}” to first results | query median first pass · repeated median / p90 | repeated, to first results shown: median / p90 |`);
console.log('| ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
