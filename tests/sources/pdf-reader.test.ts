import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/lib/pdf/render.ts';
import { readPdf } from '../../src/lib/sources/pdf.ts';
import { ROOT } from '../helpers.ts';
import { makePdf } from '../make-sources.ts';

const REL = 'content/sources/x/source.pdf';
const fails = (bytes: Uint8Array) =>
  readPdf(bytes, REL).then(
    () => 'no error',
    (e: Error) => e.message,
  );
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const LONG = Array.from({ length: 14 }, (_, i) => [
  `（${'一二三四五六七八九十'[i % 10]}）推进第${i + 1}项任务。坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动城市高质量发展，到2025年全省常住人口城镇化率达到67%左右，城市发展质量和竞争力显著提升，人民群众获得感、幸福感、安全感不断增强。`,
]);

describe('PDF reader (unpdf)', () => {
  it('a printed document over several pages: running head and — N — folios out, line ends inside sentences out, paragraphs and the title back', async () => {
    const paras = [['关于推动城市高质量发展的实施意见'], ['一、总体要求'], ...LONG];
    const read = await readPdf(await makePdf(browser, paras, '山东省人民政府文件'), REL);
    expect(read.raw).toBe(paras.map((p) => p[0]).join('\n\n'));
    expect(read.raw).not.toMatch(/山东省人民政府文件|— \d+ —/);
    expect(read.place?.[0]).toBe('page 1');
    expect(read.place).toContain('page 2');
  });
  it('a scanned PDF (pages that are images, no text layer) fails clearly: no OCR', async () => {
    const page = await browser.newPage();
    await page.setContent('<div style="width:400px;height:600px;background:repeating-linear-gradient(#000 0 2px,#fff 2px 8px)"></div>');
    const scan = Buffer.from(await page.pdf({ format: 'A4', printBackground: true }));
    await page.close();
    expect(await fails(scan)).toMatch(/source\.pdf: no text layer on any of its 1 page\(s\): a scanned PDF .* OCR is not done here/);
  });
  it('a password-protected PDF (qpdf, AES-256) and damaged files', async () => {
    expect(await fails(readFileSync(join(ROOT, 'tests/fixtures/sources/password.pdf')))).toMatch(/source\.pdf: password-protected PDF/);
    expect(await fails(Buffer.from('%PDF-1.7\n1 0 obj garbage'))).toMatch(/source\.pdf: damaged PDF/);
    expect(await fails(Buffer.from('PK\u0003\u0004 a zip renamed'))).toMatch(/source\.pdf: not a PDF file/);
  });
});
