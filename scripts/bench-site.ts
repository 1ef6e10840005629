// npm run bench:site [-- --all | --q=城市更新]: page weight (gzip) until network idle, search payload from opening search to first
// results (one query, or every query of the test set with --all), and query latency after the index is loaded.
// Prints figures; asserts nothing.
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../src/lib/pdf/render.ts';
import { QUERIES } from '../tests/e2e/queries.ts';
import { serve } from '../src/lib/serve.ts';
import { queryLatency, searchPayload, weigh } from './search-payload.ts';

const served = await serve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
const browser = await launchBrowser();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log('page weight (gzip, everything loaded until network idle, before any search)');
for (const path of ['zh-hans/', 'zh-hant/', 'zh-hans/targets/', 'zh-hant/targets/', 'zh-hans/briefing-2026-01-21/', 'zh-hant/briefing-2026-01-21/', 'zh-hans/urban-development-opinions-2026/', 'zh-hant/urbanization-action-plan-2024-2025/']) {
  const b = await weigh(browser, served.url + path);
  const total = b.reduce((s, x) => s + x.gz, 0);
  const js = b.filter((x) => x.type === 'script').reduce((s, x) => s + x.gz, 0);
  console.log(`  /${path.padEnd(44)} ${kb(total).padStart(9)} total, ${kb(js).padStart(8)} JS, ${b.length} requests`);
}

console.log('search payload (gzip, requests started between focusing the header search box and the first results shown)');
const payloads: number[] = [];
const asked = process.argv.find((a) => a.startsWith('--q='))?.slice(4);
const queries = process.argv.includes('--all') ? QUERIES : [asked ?? '城市更新'];
for (const [path, q] of queries.flatMap((q) => [['zh-hans/urban-development-opinions-2026/', q], ['zh-hant/briefing-2026-01-21/', q]] as const)) {
  const b = await searchPayload(browser, served.url + path, q);
  const total = b.reduce((s, x) => s + x.gz, 0);
  payloads.push(total);
  console.log(`  /${path} “${q}”: ${kb(total)} in ${b.length} requests`);
  if (queries.length === 1) for (const x of b.sort((a, c) => c.gz - a.gz)) console.log(`      ${kb(x.gz).padStart(9)}  ${x.url.replace(served.url, '/')}`);
}
payloads.sort((a, b) => a - b);
console.log(`  over ${payloads.length} searches: median ${kb(payloads[payloads.length >> 1]!)}, max ${kb(payloads.at(-1)!)}, ${payloads.filter((p) => p > 150 * 1024).length} above 150 KB`);

console.log('query latency after the index is loaded (search page, median of the query set)');
for (const locale of ['zh-hans', 'zh-hant']) {
  const t = await queryLatency(browser, `${served.url}${locale}/search/`, QUERIES);
  console.log(`  ${locale}: median ${t.median.toFixed(1)} ms, p90 ${t.p90.toFixed(1)} ms over ${t.count} queries (second pass)`);
}
const mapGz = gzipSync(await (await fetch(`${served.url}search-map.json`)).arrayBuffer().then((b) => Buffer.from(b)), { level: 9 }).length;
console.log(`cross-script map: ${kb(mapGz)} gzip`);
await browser.close();
await served.close();
