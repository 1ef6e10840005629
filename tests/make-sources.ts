import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import iconv from 'iconv-lite';
import type { Browser } from 'puppeteer-core';

type Tabs = Pick<Browser, 'newPage'>;

/**
 * Test inputs made the way the files arrive: a Word file (the `docx` package), a saved government web page (site
 * chrome, <meta> tags, any encoding) and a printed PDF (Chromium, Noto Serif, running head and folios) from a text.
 */

/** A source's paragraphs as a reader should recover them: blank-line blocks, else one paragraph a line. */
export function paragraphsOf(raw: string): string[][] {
  const lines = raw.replace(/^\ufeff/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim());
  const last = lines.findLastIndex((l) => l.trim());
  const blanks = lines.slice(first, last + 1).filter((l) => !l.trim()).length;
  if (blanks < 2) return lines.filter((l) => l.trim()).map((l) => [l]);
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((b) => b.split(/\r?\n/).filter((l) => l.trim()))
    .filter((b) => b.length);
}

/** a numbered heading (一、总体要求): styled as a heading in Word, as <h2> on a page */
const isHeading = (p: string[]) => p.length === 1 && /^[一二三四五六七八九十]+、[^。，；]{2,30}$/.test(p[0]!.trim());

export interface Extras {
  table?: string[][];
  footnote?: string;
  /** a picture's bytes (PNG), placed after the first paragraph: what makes a real Word file large */
  image?: Buffer;
}

/** A text's TAB-separated rows (one paragraph of them, or consecutive one-line paragraphs) are a table in the file. */
type Piece = { para: string[]; i: number } | { rows: string[][] };
function pieces(paras: string[][]): Piece[] {
  const out: Piece[] = [];
  paras.forEach((p, i) => {
    if (!p.every((l) => l.includes('\t'))) return void out.push({ para: p, i });
    const last = out.at(-1);
    const rows = p.map((l) => l.split('\t'));
    if (last && 'rows' in last && p.length === 1) last.rows.push(...rows);
    else out.push({ rows });
  });
  return out;
}

export async function makeDocx(paras: string[][], extras: Extras = {}, title = -1): Promise<Buffer> {
  const runs = (p: string[]) => p.map((l, i) => new TextRun({ text: l, ...(i ? { break: 1 } : {}) }));
  const cells = (r: string[]) => r.map((c) => new TableCell({ children: [new Paragraph(c)] }));
  const children: (Paragraph | Table)[] = pieces(paras).map((x) =>
    'rows' in x
      ? new Table({ rows: x.rows.map((r) => new TableRow({ children: cells(r) })) })
      : new Paragraph({
          ...(x.i === title ? { heading: HeadingLevel.TITLE } : isHeading(x.para) ? { heading: HeadingLevel.HEADING_1 } : {}),
          children: [...runs(x.para), ...(extras.footnote && x.i === paras.length - 1 ? [new FootnoteReferenceRun(1)] : [])],
        }),
  );
  if (extras.image)
    children.splice(1, 0, new Paragraph({ children: [new ImageRun({ type: 'png', data: extras.image, transformation: { width: 400, height: 300 } })] }));
  if (extras.table) {
    children.push(new Table({ rows: extras.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
  }
  const doc = new Document({
    ...(extras.footnote ? { footnotes: { 1: { children: [new Paragraph(extras.footnote)] } } } : {}),
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

export interface PageFacts {
  title: string;
  published: string;
  source?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page as “Save page as” writes it from a provincial government site (TRS-style markup), in `encoding`. */
export function makeHtml(paras: string[][], facts: PageFacts, encoding = 'utf-8', extras: Extras = {}): Buffer {
  const rows = (r: string[][]) =>
    `<table border="1"><tbody>${r.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const body = pieces(paras)
    .map((x) => ('rows' in x ? rows(x.rows) : isHeading(x.para) ? `<h2>${esc(x.para[0]!)}</h2>` : `<p>${x.para.map(esc).join('<br>')}</p>`))
    .join('\n');
  const table = extras.table ? rows(extras.table) : '';
  const nav = ['首页', '政务公开', '政策文件', '政策解读', '新闻发布', '互动交流', '政务服务']
    .map((n, i) => `<li><a href="/col/col${i}/index.html">${n}</a></li>`)
    .join('');
  const related = ['关于做好2026年春节期间有关工作的通知', '全省城市更新工作推进会召开', '省政府常务会议研究部署有关工作']
    .map((t, i) => `<li><a href="/art/2026/1/2${i}/art_${i}.html">${t}</a><span>2026-01-2${i}</span></li>`)
    .join('');
  const [date, time] = facts.published.split('T');
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta charset="${encoding}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${esc(facts.title)}_山东省人民政府</title>
<meta name="SiteName" content="山东省人民政府">
<meta name="SiteDomain" content="www.shandong.gov.cn">
<meta name="ColumnName" content="政策文件">
<meta name="ArticleTitle" content="${esc(facts.title)}">
<meta name="PubDate" content="${date} ${time ?? '09:30'}">
${facts.source ? `<meta name="ContentSource" content="${esc(facts.source)}">` : ''}
<meta name="Keywords" content="城市,高质量发展">
<meta name="description" content="${esc(facts.title)}">
<link rel="stylesheet" href="./saved_files/style.css">
<script src="./saved_files/jquery.min.js"></script>
<script>var _hmt = _hmt || [];</script>
</head><body>
<div class="top-bar"><div class="w1200"><span>欢迎访问山东省人民政府网站</span><a href="/">无障碍</a><a href="/">长者模式</a><a href="/">English</a></div></div>
<div class="header"><div class="logo"><img src="./saved_files/logo.png" alt="山东省人民政府"></div>
<form class="search" action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><ul>${nav}</ul></div>
<div class="main w1200">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1/">政务公开</a> &gt; <a href="/col/col2/">政策文件</a></div>
<div class="article">
<h1 class="article-title">${esc(facts.title)}</h1>
<div class="info">发布日期：${date} ${time ?? '09:30'}　${facts.source ? `来源：${esc(facts.source)}　` : ''}浏览次数：1832　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor" id="zoom">
${body}
${table}
</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="related"><h3>相关文章</h3><ul>${related}</ul></div>
</div>
<div class="footer"><p>主办单位：山东省人民政府办公厅　承办：山东省大数据中心</p><p>网站标识码3700000063　<a href="https://beian.miit.gov.cn">鲁ICP备05045319号</a>　鲁公网安备 37010202000011号</p></div>
</body></html>`;
  return encoding === 'utf-8' ? Buffer.from(html) : iconv.encode(html, encoding);
}

const require = createRequire(import.meta.url);
const font = (s: 'sc' | 'tc') =>
  pathToFileURL(join(dirname(require.resolve(`@expo-google-fonts/noto-serif-${s}/package.json`)), '400Regular', `NotoSerif${s.toUpperCase()}_400Regular.ttf`))
    .href;

/** A document printed as a Chinese office prints one: 16 pt serif, 2-character indents, a running head, — N — folios. */
export async function makePdf(browser: Tabs, paras: string[][], head: string, title = -1): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'make-pdf-'));
  const body = paras.map((p, i) => `<p class="${i === title ? 'title' : isHeading(p) ? 'h' : ''}">${p.map(esc).join('<br>')}</p>`).join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@font-face { font-family: SC; src: url(${font('sc')}); }
@font-face { font-family: TC; src: url(${font('tc')}); }
@page { size: A4; margin: 30mm 26mm 28mm 28mm;
  @top-center { content: "${head}"; font: 10pt SC, TC; color: #555; }
  @bottom-center { content: "— " counter(page) " —"; font: 12pt SC, TC; } }
body { font: 15pt/1.75 SC, TC, serif; margin: 0; }
p { margin: 0; text-indent: 2em; text-align: justify; white-space: pre-wrap; }
p.title { font-size: 20pt; text-align: center; text-indent: 0; margin: 0 0 1em; }
</style></head><body>${body}</body></html>`;
  writeFileSync(join(dir, 'doc.html'), html);
  const page = await browser.newPage();
  try {
    await page.goto(pathToFileURL(join(dir, 'doc.html')).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
