import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planKitFonts } from '../../src/lib/pdf/fonts.ts';
import { discoverJobs, type PdfJob } from '../../src/lib/pdf/jobs.ts';
import { renderJobs } from '../../src/lib/pdf/render.ts';
import { serve } from '../../src/lib/serve.ts';
import { connect } from './browser.ts';

/**
 * The renderer writes a tab's later print pages into its open document instead of navigating to them. That must not
 * change a byte of any PDF: the same jobs rendered both ways are compared, and the print pages requested are counted.
 */
const dir = mkdtempSync(join(tmpdir(), 'kit-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (lang: string, title: string, body: string, large = false) =>
  `<!doctype html><html lang="${lang}"${large ? ' data-large' : ''}><head><meta charset="utf-8"><title>${title}</title><meta name="author" content="山东省人民政府"><meta name="description" content="原文"><meta name="dcterms.modified" content="2026-01-21"><meta name="keywords" content="a"><link rel="canonical" href="https://example.org/zh-hans/${title}/">` +
  `<style>@font-face{font-family:K;font-weight:400;src:url(/print-fonts/sc-400.ttf) format('truetype')}@font-face{font-family:K;font-weight:700;src:url(/print-fonts/sc-700.ttf) format('truetype')}` +
  `@page{size:A4;margin:30mm;@top-center{content:"${title}";font-family:K}@bottom-center{content:counter(page) " / " counter(pages);font-family:K}}html{font-family:K;font-size:16pt;line-break:strict}html[data-large]{font-size:24pt}</style></head>` +
  `<body><h1>${title}</h1>${body}</body></html>`;
const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>第${i + 1}条　推进城市更新，完善基础设施，提升城市品质。<a href="../x/#p-${i}">见原文</a></p>`).join('');
const write = (route: string, html: string) => {
  mkdirSync(join(dir, route), { recursive: true });
  writeFileSync(join(dir, route, 'index.html'), html);
};
write('print/zh-hans/handout/a/', page('zh-Hans', '城市更新', para(40)));
write('print/zh-hans/large/a/', page('zh-Hans', '城市更新', para(40), true));
write('print/zh-hans/handout/b/', page('zh-Hans', '行动方案', `<h2>一、总体要求</h2>${para(12)}`));
write('print/zh-hans/handout/c/', page('zh-Hans', '新闻发布', para(3)));

async function renderAll(jobs: PdfJob[], written: boolean): Promise<{ pdfs: Map<string, Uint8Array>; htmlRequests: number }> {
  const fonts = planKitFonts(dir, join(dir, 'cache'));
  await fonts.ensure('zh-hans');
  const served = await serve(dir, { mounts: { 'print-fonts/': fonts.file } });
  let htmlRequests = 0;
  served.server.on('request', (req) => {
    if (req.url?.startsWith('/print/')) htmlRequests++;
  });
  const browser = await connect();
  const pdfs = new Map<string, Uint8Array>();
  try {
    await renderJobs(jobs, {
      browser,
      origin: served.url,
      concurrency: 1,
      timeoutMs: () => 60_000,
      html: written ? (job) => readFileSync(join(dir, job.route, 'index.html'), 'utf8') : undefined,
      render: (job, r) => void pdfs.set(job.pdf, r.bytes),
    });
  } finally {
    await browser.close();
    await served.close();
  }
  return { pdfs, htmlRequests };
}

describe('print pages written into the open tab', () => {
  it('give the same PDF bytes as navigating to each page, with one page request per tab', async () => {
    const jobs = discoverJobs(dir);
    expect(jobs.map((j) => j.kind).sort()).toEqual(['handout', 'handout', 'handout', 'large']);
    const navigated = await renderAll(jobs, false);
    const written = await renderAll(jobs, true);
    expect(navigated.htmlRequests).toBe(3);
    expect(written.htmlRequests).toBe(1);
    expect([...written.pdfs.keys()].sort()).toEqual([...navigated.pdfs.keys()].sort());
    for (const [pdf, bytes] of navigated.pdfs) expect(Buffer.compare(Buffer.from(written.pdfs.get(pdf)!), Buffer.from(bytes)), pdf).toBe(0);
  });
});
