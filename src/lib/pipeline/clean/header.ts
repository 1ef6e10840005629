import type { Line } from './types.ts';

/** The labels of a gov.cn-style document header table, in either script, spaced out or not (索　引　号). */
const LABELS: Record<string, string> = {
  索引号: 'index',
  索引號: 'index',
  主题分类: 'subject',
  主題分類: 'subject',
  发文机关: 'issuer',
  發文機關: 'issuer',
  成文日期: 'written',
  标题: 'title',
  標題: 'title',
  发文字号: 'docNumber',
  發文字號: 'docNumber',
  文号: 'docNumber',
  文號: 'docNumber',
  发文单位: 'issuer',
  發文單位: 'issuer',
  发布日期: 'published',
  發布日期: 'published',
  發佈日期: 'published',
  有效性: 'validity',
  主题词: 'keywords',
  主題詞: 'keywords',
  // Taiwan's laws database
  法规名称: 'title',
  法規名稱: 'title',
  法规类别: 'subject',
  法規類別: 'subject',
  修正日期: 'amended',
  公布日期: 'published',
  // a law site's header: 时间, 执行日期, 生效日期 (1900-1-1 when the database has none)
  时间: 'time',
  時間: 'time',
  施行日期: 'effective',
  执行日期: 'effective',
  執行日期: 'effective',
  实施日期: 'effective',
  實施日期: 'effective',
  生效日期: 'inForce',
  // a law portal's header row: 状态:有效 发布日期:1970-01-01 生效日期: 1970-01-01 / 发布部门: … / 发布文号:
  状态: 'validity',
  狀態: 'validity',
  时效性: 'validity',
  時效性: 'validity',
  发布部门: 'issuer',
  發布部門: 'issuer',
  发布文号: 'docNumber',
  發布文號: 'docNumber',
};
/** Labels that read as a header's only with a date after them on their line: 时间：上午10时 opens a briefing's text. */
const DATE_ONLY = new Set(['time']);
const DATE_VALUE = /^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?$/;
const LABEL = new RegExp(`^(${Object.keys(LABELS).map((k) => [...k].join('[\\s　]*')).join('|')})[\\s　]*([:：])?[\\s　]*(.*)$`, 'u');
/** words of running text too (状态监测数据…, 发布部门应当…): labels only with their colon */
const WITH_COLON = new Set(['状态', '狀態', '时效性', '時效性', '发布部门', '發布部門', '发布文号', '發布文號']);
/** where the next label of a row of several starts (状态:有效 发布日期:…): at a space before a label and its colon */
const NEXT_LABEL = new RegExp(`[\\s　]+(?=(?:${Object.keys(LABELS).join('|')})[\\s　]*[:：])`, 'u');

export type HeaderFacts = Partial<
  Record<'index' | 'subject' | 'issuer' | 'written' | 'title' | 'docNumber' | 'published' | 'amended' | 'validity' | 'keywords' | 'time' | 'effective' | 'inForce', string>
>;

/** A value on the line after its label is the label's when it is of the label's kind: a 发布文号: left empty is not
 * followed by its number but by the text (- 详题 - 30/06/1997). */
const DATED = new Set(['written', 'published', 'amended', 'time', 'effective', 'inForce']);
const VALIDITY = /^(?:现行|現行)?(?:有效|失效|已失效|废止|廢止|已废止|已廢止|已修改|已修正|尚未生效|部分失效)$/u;
const fits = (key: string, value: string) =>
  !/[。；;]/.test(value) &&
  (DATED.has(key)
    ? /\d{4}\s*[-年/.]\s*\d{1,2}/.test(value)
    : key === 'docNumber'
      ? /[号號〕\]]$/u.test(value)
      : key === 'validity'
        ? VALIDITY.test(value)
        : value.length <= 40 && !/[，,]/.test(value));

/** A label cell: its key and the value that follows it on the same cell, if any. */
function label(cell: string): { key: string; value: string } | undefined {
  const m = LABEL.exec(cell.trim());
  if (!m) return undefined;
  const name = m[1]!.replace(/[\s　]/g, '');
  if (WITH_COLON.has(name) && !m[2]) return undefined;
  const key = LABELS[name]!;
  const value = m[3]!.trim();
  return DATE_ONLY.has(key) && !DATE_VALUE.test(value) ? undefined : { key, value };
}

/**
 * The header table a government site prints above a document (索引号, 主题分类, 发文机关, 成文日期, 发文字号 …),
 * however it arrives: one label a line, label and value on separate lines, or several in one TAB-separated line.
 * Read as facts, not text; it only counts at the top of the source (within its first 30 lines) and when two or more
 * labels are found.
 */
export function readHeader(lines: Line[]): { lines: Line[]; facts: HeaderFacts; dropped: Line[] } {
  const facts: HeaderFacts = {};
  const used = new Set<number>();
  let pending: string | undefined;
  for (const [i, l] of lines.slice(0, 30).entries()) {
    const cells = l.text
      .split('\t')
      .flatMap((c) => (label(c) ? c.split(NEXT_LABEL) : [c]))
      .filter((c) => c.trim());
    const read: [string, string][] = [];
    let key = pending;
    let ok = cells.length > 0;
    for (const cell of cells) {
      const f = label(cell);
      if (f) {
        if (f.value) read.push([f.key, f.value]);
        key = f.value ? undefined : f.key;
      } else if (key && fits(key, cell.trim())) {
        read.push([key, cell.trim()]);
        key = undefined;
      } else ok = false;
    }
    // a line of labels and their values (or the value of the label on the line before)
    if (ok && (read.length || key)) {
      for (const [k, v] of read) facts[k as keyof HeaderFacts] = v;
      pending = key;
      used.add(i);
    } else if (l.text.trim()) pending = undefined;
  }
  if (Object.keys(facts).length < 2) return { lines, facts: {}, dropped: [] };
  return { lines: lines.filter((_, i) => !used.has(i)), facts, dropped: lines.filter((_, i) => used.has(i)) };
}
