import { describe, expect, it } from 'vitest';
import { createConverters } from '../../src/lib/opencc.ts';
import { buildCorpus } from '../../src/lib/pipeline/index.ts';
import { structurePolicy } from '../../src/lib/pipeline/structure/policy.ts';
import { visit } from '../../src/lib/pipeline/tree.ts';
import { readDictionaries, readSources } from '../../src/lib/sources.ts';
import { ROOT } from '../helpers.ts';
import { handCounts, SHAPES, structureCounts } from '../shapes.ts';

/** Each public document of tests/fixtures/shapes structured as counted by hand (chapters, articles, 款, 项, tables …). */
const conv = createConverters(readDictionaries(ROOT));
const { docs } = buildCorpus(await readSources(SHAPES), conv.toSimplified);
const expected = handCounts();

describe('public documents of every shape: structure counted by hand', () => {
  it('has at least six documents, each with its hand counts', () => {
    expect(docs.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(expected).sort()).toEqual(docs.map((d) => d.meta.id).sort());
  });
  for (const doc of docs) {
    it(`${doc.meta.id} (${expected[doc.meta.id]?.kind})`, () => {
      const { kind: _kind, origin: _origin, ...counts } = expected[doc.meta.id]!;
      const found = structureCounts(doc.blocks);
      expect(Object.fromEntries(Object.keys(counts).map((k) => [k, found[k]]))).toEqual(counts);
    });
  }
});

describe('anchors', () => {
  it('every section id is unique in its document (a number printed again in each part is qualified by the part)', () => {
    for (const doc of docs) {
      const ids: string[] = [];
      visit(doc.blocks, (b) => {
        if (b.kind === 'section') ids.push(b.id);
      });
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), doc.meta.id).toEqual([]);
    }
  });
  it('（一） restarting in each part: the first keeps art-1, the next is part-2-art-1; chapters of parts nest them', () => {
    const lines = ['第一章 发展回顾', '一、主要成就', '（一）加强领导。要求。', '第二章 发展目标', '一、总体要求', '（一）推进更新。内容。'];
    const { blocks } = structurePolicy(lines.map((l, i) => ({ n: i + 1, lines: [l] })));
    const ids: string[] = [];
    visit(blocks, (b, ancestors) => {
      if (b.kind === 'section') ids.push(`${ancestors.filter((a) => a.kind === 'section').length}:${b.id}`);
    });
    expect(ids).toEqual(['0:chap-1', '1:part-1', '2:art-1', '0:chap-2', '1:chap-2-part-1', '2:chap-2-part-1-art-1']);
  });
});

describe("a law site's page: what its header and chrome say", () => {
  const doc = docs.find((d) => d.meta.id === 'shanxi-11th-five-year-2006')!;
  const texts: string[] = [];
  visit(doc.blocks, (b) => {
    if (b.kind === 'para' || b.kind === 'heading') texts.push(b.text);
    else if (b.kind === 'section' && b.title) texts.push(b.title);
  });
  it('the channel label above the title (法律资讯, twice, as the breadcrumb ends) is not text', () => {
    expect(texts.length).toBeGreaterThan(10); // 7 paragraphs, 4 section titles
    expect(texts.filter((t) => t.includes('法律资讯'))).toEqual([]);
  });
  it('执行日期 is the effective date; 生效日期 1900-1-1 is the database saying none', () => {
    expect(doc.meta.status?.effective).toBe('2006-05-23');
    expect(doc.meta.published).toBe('2006-05-23');
    expect(texts.filter((t) => /^(时间|执行日期|生效日期)/.test(t))).toEqual([]);
  });
});

describe("a saved page's title", () => {
  it('from its <title> without the gazette issue and the site (…的决议__2007年第23号国务院公报_中国政府网), not a paragraph again', () => {
    const doc = docs.find((d) => d.meta.id === 'npc-special-bonds-resolution-2007')!;
    expect(doc.meta.title).toBe('全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议');
  });
});

describe('an order before its regulation', () => {
  it('国务院令 第227号 is the document number; the portal’s byline bar, download link and repeated titles are gone', () => {
    const doc = docs.find((d) => d.meta.id === 'sc-order-227-institution-regulation')!;
    expect(doc.meta.docNumber).toBe('国务院令第227号');
    const texts: string[] = [];
    visit(doc.blocks, (b) => {
      if (b.kind === 'para') texts.push(b.text);
    });
    expect(texts.filter((t) => /浏览|下载|^国务院行政机构设置和编制管理条例$/.test(t))).toEqual([]);
  });
});

describe('the closing: date and signer in either order', () => {
  const roles = (lines: string[]) => {
    const out: string[] = [];
    visit(structurePolicy(lines.map((l, i) => ({ n: i + 1, lines: [l] }))).blocks, (b) => {
      if (b.kind === 'para') out.push(b.role ?? '-');
    });
    return out;
  };
  it('the signer above the date, or below it when it is an office and a name alone (Macao, Hong Kong)', () => {
    expect(roles(['一、本办法自公布之日起施行。', '某某市人民政府', '2024年1月1日'])).toEqual(['-', 'signature', 'date']);
    expect(roles(['五、本批示自公布翌日起生效。', '二零二三年九月七日', '行政长官 贺一诚'])).toEqual(['-', 'date', 'signature']);
  });
  it('the space between a signer’s office and name is kept (the Macao gazette’s 行政長官 賀一誠)', () => {
    const doc = docs.find((d) => d.meta.id === 'mo-economic-housing-limits-2023')!;
    const signers: string[] = [];
    visit(doc.blocks, (b) => {
      if (b.kind === 'para' && b.role === 'signature') signers.push(b.text);
    });
    expect(signers).toEqual(['行政长官 贺一诚']);
  });
  it('a note after the date is no signer', () => {
    expect(roles(['一、本办法自公布之日起施行。', '2024年1月1日', '（此件公开发布）'])).not.toContain('signature');
  });
});

describe('where a regulation starts: from 第一条, or a code part or excerpt', () => {
  const articles = (lines: string[]) => structureCounts(structurePolicy(lines.map((l, i) => ({ n: i + 1, lines: [l] }))).blocks).articles;
  it('a part of a code numbered on (第二百零五条 …) and an excerpt of articles alone on their lines (第 4 條, 第 10 條 … as cleaned and simplified)', () => {
    expect(articles(['第二百零五条 本编调整物权。', '第二百零六条 国家坚持公有制。', '第二百零七条 物权受保护。'])).toBe(3);
    expect(articles(['第4条', '行政行为应受法律之拘束。', '第10条', '不得逾越裁量范围。', '第114条', '得补正。'])).toBe(3);
  });
  it('not an interpretation whose paragraphs begin with articles it discusses, out of order or far apart', () => {
    expect(articles(['第五条明确了更新主体。', '第三条明确了适用范围。', '第九条明确了资金保障。'])).toBe(0);
    expect(articles(['第五条明确了更新主体。', '第九条明确了资金保障。', '第二十条明确了法律责任。'])).toBe(0);
  });
});

describe('lines about articles are not articles', () => {
  const articles = (lines: string[]) => structureCounts(structurePolicy(lines.map((l, i) => ({ n: i + 1, lines: [l] }))).blocks).articles;
  it('an interpretation that takes the articles one by one, and a 修改决定 that lists its amendments', () => {
    expect(articles(['第二条明确了适用范围。', '第三条明确了职责分工。', '第四条明确了资金保障。', '第五条明确了监督考核。'])).toBe(0);
    expect(articles(['第三条修改为：“城市更新应当……。”', '第四条增加一款：“……。”', '第五条删去。', '本决定自公布之日起施行。'])).toBe(0);
  });
});
