import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { factsFromLines, isoFrom, pageTitle } from '../../src/lib/sources/facts.ts';
import { parseDocument, textOf } from '../../src/lib/sources/dom.ts';
import { decodeHtml, readHtml } from '../../src/lib/sources/html.ts';
import { makeHtml } from '../make-sources.ts';

const REL = 'content/sources/x/source.html';
const PARAS = [
  ['一、总体要求'],
  ['坚持稳中求进，推动城市高质量发展。到2025年，全省常住人口城镇化率达到67%左右，城市发展质量和竞争力显著提升。'],
  ['二、主要任务'],
  ['（一）优化城市空间布局。强化济南、青岛两个都市圈辐射带动作用，推动大中小城市协调发展。'],
];
const FACTS = { title: '关于推动城市高质量发展的实施意见', published: '2026-01-21T10:09', source: '山东省人民政府办公厅' };
const fails = (f: () => unknown) => {
  try {
    f();
    return 'no error';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('web page reader (Readability on linkedom)', () => {
  for (const encoding of ['utf-8', 'gbk', 'gb18030']) {
    it(`a saved page in ${encoding}: the article without the site's chrome, facts from <meta> tags`, () => {
      const read = readHtml(
        makeHtml(PARAS, FACTS, encoding, {
          table: [
            ['市', '城镇化率'],
            ['济南', '75%'],
          ],
        }),
        REL,
      );
      // the article's heading stays; the 发布日期/来源 bar, share links, related list, nav and footer do not
      expect(read.raw).toBe(`${FACTS.title}\n\n${PARAS.map((p) => p[0]).join('\n\n')}\n\n市\t城镇化率\n济南\t75%`);
      expect(read.facts).toEqual({ ...FACTS, date: '2026-01-21' });
    });
  }
  it('the charset from a BOM, from <meta http-equiv>, else UTF-8', () => {
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>城市</p>')]), REL)).toBe('\ufeff<p>城市</p>'.slice(1));
    const gbk = iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><p>城市发展</p>', 'gbk');
    expect(decodeHtml(gbk, REL)).toContain('城市发展');
  });
  it('an unknown encoding, and bytes that are not the declared one', () => {
    expect(fails(() => decodeHtml(Buffer.from('<meta charset="x-mac-chinese-foo"><p>城市</p>'), REL))).toMatch(
      /source\.html: unknown encoding “x-mac-chinese-foo”/,
    );
    expect(fails(() => decodeHtml(iconv.encode('<p>城市发展</p>', 'gbk'), REL))).toMatch(
      /source\.html: not valid UTF-8 text \(no charset is declared, so UTF-8 is assumed\): a GBK page without its <meta charset>\? convert it with iconv -f GBK -t UTF-8/,
    );
    expect(fails(() => decodeHtml(Buffer.concat([Buffer.from('<meta charset="gbk"><p>'), Buffer.from([0x80, 0xff, 0xfe, 0x80])]), REL))).toMatch(
      /source\.html: not valid gbk text \(its <meta charset> says “gbk”\), nor UTF-8: damaged/,
    );
  });
  it('a page re-saved as UTF-8 that still declares gb2312 is read as the UTF-8 its bytes are', () => {
    expect(decodeHtml(Buffer.from('<meta charset="gb2312"><p>“城市”发展——综述</p>'), REL)).toContain('“城市”发展——综述');
  });
  it('a page whose body cannot be found (a list of links)', () => {
    const page = `<html><head><meta charset="utf-8"><title>政策文件</title></head><body><ul>${'<li><a href="/a">关于做好有关工作的通知</a></li>'.repeat(30)}</ul></body></html>`;
    expect(fails(() => readHtml(Buffer.from(page), REL))).toMatch(/source\.html: body not found/);
  });
  it('发布日期 / 来源 / gov.cn fact-table lines, several on one line', () => {
    // the last two lines as gov.cn's fact table reads (cells TAB-separated, then spaced)
    expect(
      factsFromLines([
        '发布日期：2024-01-30 16:05　来源：山东省人民政府　浏览次数：12',
        '发文机关： 山东省人民政府 成文日期： 2024年01月19日',
        '标　　题： 山东省人民政府关于印发有关方案的通知',
      ]),
    ).toEqual({
      title: '山东省人民政府关于印发有关方案的通知',
      published: '2024-01-30T16:05',
      source: '山东省人民政府',
      issuer: '山东省人民政府',
      date: '2024-01-19',
    });
    expect([isoFrom('2026-01-21-10:09:33'), isoFrom('2026年1月21日'), isoFrom('2026-02-30')]).toEqual(['2026-01-21T10:09:33', '2026-01-21', undefined]);
  });
});

describe('tables of a page or a Word file', () => {
  const rows = (html: string) => textOf(parseDocument(`<!doctype html><html><body>${html}</body></html>`).body).split('\n').map((r) => r.split('\t'));
  it('a merged cell is written once and leaves empty cells where it extends (Word vMerge/gridSpan as rowspan/colspan)', () => {
    const html =
      '<table><tr><td>序号</td><td>类型</td><td>格式</td></tr>' +
      '<tr><td rowspan="2">1</td><td rowspan="2">期刊</td><td>[J]</td></tr><tr><td>[1] 示例</td></tr>' +
      '<tr><td colspan="2">合计</td><td>2</td></tr><tr><td>2</td><td>专著</td><td rowspan="2">[M]</td></tr><tr><td>3</td><td>报告</td></tr></table>';
    expect(rows(html)).toEqual([
      ['序号', '类型', '格式'],
      ['1', '期刊', '[J]'],
      ['', '', '[1] 示例'],
      ['合计', '', '2'],
      ['2', '专著', '[M]'],
      ['3', '报告', ''],
    ]);
  });
  it('a row short of cells under a merged one keeps the table’s width', () => {
    expect(rows('<table><tr><td>A</td><td>B</td><td rowspan="2">C</td></tr><tr><td>D</td></tr><tr><td>E</td><td>F</td><td>G</td></tr></table>')).toEqual([
      ['A', 'B', 'C'],
      ['D', '', ''],
      ['E', 'F', 'G'],
    ]);
  });
  it('empty first and last cells stay cells', () => {
    expect(rows('<table><tr><td></td><td>期刊</td><td>专著</td></tr><tr><td>标识</td><td>J</td><td></td></tr></table>')).toEqual([
      ['', '期刊', '专著'],
      ['标识', 'J', ''],
    ]);
  });
});

describe("a page's facts", () => {
  it('its <title> without the site and column the CMS appends, nor a space between a number and a character', () => {
    expect(pageTitle('全国人民代表大会常务委员会关于批准…调整2007　年末国债余额限额的决议__2007年第23号国务院公报_中国政府网')).toBe('全国人民代表大会常务委员会关于批准…调整2007年末国债余额限额的决议');
    expect(pageTitle('中华人民共和国监察法-纪检')).toBe('中华人民共和国监察法');
    expect(pageTitle('中国政府网 | 国务院关于加强城市更新的通知')).toBe('国务院关于加强城市更新的通知');
    // hyphens inside a title stay: a year range, a Latin term
    expect(pageTitle('关于印发《山东省2021-2025年城市更新规划》的通知')).toBe('关于印发《山东省2021-2025年城市更新规划》的通知');
    expect(pageTitle('关于推广NB-IoT应用的通知')).toBe('关于推广NB-IoT应用的通知');
    // a dash between characters inside a title, and a short title before the site's name
    expect(pageTitle('中国-东盟自由贸易区框架协议')).toBe('中国-东盟自由贸易区框架协议');
    expect(pageTitle('关于印发《长三角-珠三角合作方案》的通知')).toBe('关于印发《长三角-珠三角合作方案》的通知');
    expect(pageTitle('政府工作报告_中华人民共和国国务院新闻办公室')).toBe('政府工作报告');
  });
  it('an empty field is no fact (来源: | 发布时间: …)', () => {
    expect(factsFromLines(['来源: | 发布时间: 2018-05-17 | 浏览次数: 2168'])).toEqual({ published: '2018-05-17', date: '2018-05-17' });
  });
});
