import { stringify } from 'yaml';
import type { Facts } from './facts.ts';
import { isoFrom } from './facts.ts';
import { ANNEX_LABEL } from '../pipeline/text.ts';

/**
 * A first meta.yml for a new source, drafted from what the file states (its facts) and what its text gives (a title
 * line, a signature date, a document number). Every value that is a guess carries a `# guessed` comment for the
 * editor; a fact the file states is written as a comment only, since the build reads it from the file anyway.
 */
export interface Draft {
  yaml: string;
  guessed: string[];
}

const TITLE_WORDS = /关于|通知|意见|方案|办法|规定|条例|决定|规划|纲要|会议|实录|吹风会|发布会|解读|答记者问|报告|關於|會議|實錄|解讀|規劃|決定|辦法|規定/;
const DOC_NUMBER = /[\p{sc=Han}]{1,10}〔\d{4}〕\d{1,4}号|[\p{sc=Han}]{1,10}〔\d{4}〕\d{1,4}號/u;
const SIGNATURE_DATE = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
const ISSUER = /(人民政府|委员会|委員會|办公厅|辦公廳|办公室|辦公室|厅|廳|局|部|省委|市委|政府)$/;
const SPEAKER = /^[\p{sc=Han}]{2,5}[:：]/u;
/** a law, a resolution, a standard … by its title's last word (中华人民共和国监察法, …的决议, 党政机关公文格式) */
const LAW_TITLE = /(?:法|法典|决议|決議|细则|細則|规则|規則|准则|準則|规范|規範|标准|標準|格式|章程|公告|令)$/u;
const ARTICLE_LINE = /^第\s*[一二三四五六七八九十百零〇两\d]{1,7}\s*[条條]/u;
/** a date the text says the document was adopted, promulgated or issued on: （2007年6月29日…通过）, 2012-06-29 发布 */
const ADOPTED = /^[（(]?(\d{4}年\d{1,2}月\d{1,2}日)[^）)]{0,60}(?:通过|通過|公布|发布|發布)|^(\d{4}-\d{2}-\d{2})\s*(?:发布|發布)/u;

const lines = (raw: string) =>
  raw
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function guessType(title: string, text: string[]): 'policy' | 'transcript' | 'news' | 'interpretation' {
  if (/实录|實錄|答记者问|答記者問|吹风会|吹風會|发布会|發布會/.test(title) || text.filter((l) => SPEAKER.test(l)).length >= 3) return 'transcript';
  if (/解读|解讀/.test(title)) return 'interpretation';
  if (
    /通知|意见|意見|方案|办法|辦法|规定|規定|条例|條例|决定|決定|规划|規劃|纲要|綱要/.test(title) ||
    LAW_TITLE.test(title.replace(/[（(][^）)]*[）)]$/u, '')) ||
    text.some((l) => /^[一二三四五六七八九十]+、/.test(l)) ||
    text.filter((l) => ARTICLE_LINE.test(l)).length >= 3
  )
    return 'policy';
  return 'news';
}

/** hant when the text has more characters that Simplified conversion changes than Traditional conversion does */
function guessScript(text: string, toSimplified: (s: string) => string, toTraditional: (s: string) => string): 'hans' | 'hant' {
  const sample = [...text.slice(0, 20_000)];
  const simp = [...toSimplified(sample.join(''))];
  const trad = [...toTraditional(sample.join(''))];
  const traditional = sample.filter((c, i) => simp[i] !== c).length;
  const simplified = sample.filter((c, i) => trad[i] !== c).length;
  return traditional > simplified ? 'hant' : 'hans';
}

export function draftMeta(raw: string, facts: Facts, convert: { toSimplified: (s: string) => string; toTraditional: (s: string) => string }): Draft {
  const text = lines(raw);
  const guessed: string[] = [];
  const out: [string, unknown, string | undefined][] = [];
  const titleLine =
    text.slice(0, 12).find((l) => l.length <= 80 && !/[。；]$/.test(l) && TITLE_WORDS.test(l)) ??
    text.find((l) => /\p{sc=Han}/u.test(l) && l.length <= 80 && !ANNEX_LABEL.test(l));
  const script = guessScript(raw, convert.toSimplified, convert.toTraditional);
  const title = facts.title ?? (titleLine && (script === 'hant' ? convert.toSimplified(titleLine) : titleLine));
  const type = guessType(title ?? '', text);
  const signatureAt = text.findLastIndex((l) => SIGNATURE_DATE.test(l));
  const signed = signatureAt >= 0 ? isoFrom(text[signatureAt]) : undefined;
  const adoptedLine = text
    .slice(0, 30)
    .map((l) => ADOPTED.exec(l))
    .find(Boolean);
  const adopted = adoptedLine ? isoFrom(adoptedLine[1] ?? adoptedLine[2])?.slice(0, 10) : undefined;
  const dated = signed ?? adopted ?? isoFrom(text.find((l) => /\d{4}年\d{1,2}月\d{1,2}日/.test(l)) ?? '')?.slice(0, 10);
  const how = signed ? 'the signature date' : adopted ? 'the date the text says it was adopted or issued' : 'the first date in the text';
  const issuerLine = signatureAt > 0 && ISSUER.test(text[signatureAt - 1]!) && text[signatureAt - 1]!.length <= 40 ? text[signatureAt - 1] : undefined;
  const docNumber = raw.match(DOC_NUMBER)?.[0];
  const put = (key: string, value: unknown, how: string | undefined) => {
    if (value === undefined) return;
    out.push([key, value, how]);
    if (how?.startsWith('guessed')) guessed.push(key);
  };
  if (!facts.title)
    put('title', title ?? '（标题）', title ? 'guessed from the first title-like line: review (Simplified)' : 'guessed: no title found, write it');
  put('type', type, 'guessed from the title and the text: policy, transcript, news or interpretation');
  put('script', script, 'detected: the script the source is written in');
  // a page's date is when it was put online: the text's own signature or adoption date comes first
  if (!facts.date) put('date', dated ?? '2000-01-01', dated ? `guessed from ${how}: review` : 'guessed: no date found, write it');
  else if ((signed ?? adopted) && (signed ?? adopted) !== facts.date)
    put('date', signed ?? adopted, `guessed from ${how}; the file's own date, ${facts.date}, is when it was put online: review`);
  if (!facts.issuer)
    put(
      'issuer',
      issuerLine ? (script === 'hant' ? convert.toSimplified(issuerLine) : issuerLine) : undefined,
      'guessed from the line above the signature date: review',
    );
  put('docNumber', docNumber && (script === 'hant' ? convert.toSimplified(docNumber) : docNumber), 'from the text: review');
  const body = out.map(([k, v, how]) => `${stringify({ [k]: v }).trimEnd()}${how ? `  # ${how}` : ''}`);
  const fromFile = Object.entries(facts)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `# ${stringify({ [k]: v }).trimEnd()}  (read from the file; write the key to override it)`);
  const yaml = [`# Drafted by npm run add: check every line marked # guessed, then npm run build.`, ...body, ...fromFile, ''].join('\n');
  return { yaml, guessed };
}
