// npm run bench:sources: what reading a source costs the build, per format — a 50-page PDF, a 1 MB Word file and a
// 1 MB saved page made from the seed texts, each read 3 times (median); the budget is ≤ 2 s per file.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../src/lib/pdf/render.ts';
import { readDocx } from '../src/lib/sources/docx.ts';
import { readHtml } from '../src/lib/sources/html.ts';
import { readPdf } from '../src/lib/sources/pdf.ts';
import { makeDocx, makeHtml, makePdf, paragraphsOf } from '../tests/make-sources.ts';

const root = join(import.meta.dirname, '..');
const seed = paragraphsOf(readFileSync(join(root, 'content/sources/urbanization-action-plan-2024-2025/source.txt'), 'utf8'));
const repeat = (times: number) => Array.from({ length: times }, () => seed).flat();

async function median(read: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await read();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1]!;
}

const browser = await launchBrowser();
let pdf = await makePdf(browser, repeat(1), 'bench');
const pagesPerSeed = (await import('unpdf')).getDocumentProxy(new Uint8Array(pdf)).then((d) => d.numPages);
const times = Math.ceil(50 / (await pagesPerSeed));
pdf = await makePdf(browser, repeat(times), 'bench');
await browser.close();
const pages = await (await import('unpdf')).getDocumentProxy(new Uint8Array(pdf)).then((d) => d.numPages);

// a Word file is large for its pictures, not its text: the PDF's 50 pages of text and a picture make 1 MB
const picture = randomBytes(1024 * 1024 - (await makeDocx(repeat(times))).length); // incompressible, as photos are
const docx = await makeDocx(repeat(times), { image: Buffer.from(picture) });
const html = makeHtml(
  repeat(Math.ceil((1024 * 1024) / makeHtml(seed, { title: 't', published: '2024-01-30T10:00' }).length)),
  { title: 't', published: '2024-01-30T10:00' },
  'gbk',
);

const rows: [string, number, number][] = [
  [`PDF, ${pages} pages`, pdf.length, await median(() => readPdf(pdf, 'bench.pdf'))],
  [`Word file, ${pages} pages`, docx.length, await median(() => readDocx(docx, 'bench.docx'))],
  ['saved page (GBK)', html.length, await median(() => readHtml(html, 'bench.html'))],
];
for (const [what, bytes, ms] of rows)
  console.log(
    `${what.padEnd(20)} ${(bytes / 1048576).toFixed(2).padStart(6)} MB  read in ${(ms / 1000).toFixed(2)} s (median of 3)${ms > 2000 ? '  OVER the 2 s budget' : ''}`,
  );
