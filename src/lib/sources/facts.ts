/**
 * Facts a source file states about itself (a web page's <meta> tags and 发布日期/来源 lines, a PDF's title), used
 * where meta.yml says nothing: meta.yml always wins. Values are normalised to meta.yml's own formats here, so the
 * schema never rejects a fact the editor did not write.
 */
export interface Facts {
  title?: string;
  date?: string;
  published?: string;
  source?: string;
  issuer?: string;
}

/** 2026-01-21 10:09:33, 2026年1月21日, 2026/01/21, 2026-01-21-10:09 → YYYY-MM-DD[THH:MM[:SS]]; undefined if not a date */
export function isoFrom(text: string | undefined | null): string | undefined {
  const m = text?.match(/(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:[\sT-]*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?/);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const date = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const real = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(real.getTime()) || !real.toISOString().startsWith(date)) return undefined;
  return h ? `${date}T${h.padStart(2, '0')}:${mi}${s ? `:${s}` : ''}` : date;
}

const LABELS: [RegExp, (f: Facts, v: string) => void][] = [
  [/^(?:发布|發布|发布时间|發布時間|发布日期|發布日期|发稿时间)\s*[:：]\s*(.+)$/, (f, v) => (f.published ??= isoFrom(v))],
  [/^(?:成文日期)\s*[:：]\s*(.+)$/, (f, v) => (f.date ??= isoFrom(v)?.slice(0, 10))],
  [/^(?:来源|來源|信息来源|文章来源)\s*[:：]\s*(.+)$/, (f, v) => (f.source ??= v)],
  [/^(?:发文机关|發文機關|发布机构)\s*[:：]\s*(.+)$/, (f, v) => (f.issuer ??= v)],
  [/^(?:标\s*题|標\s*題)\s*[:：]\s*(.+)$/, (f, v) => (f.title ??= v)],
];

const SEPARATORS = /^[\s|｜/\\,，;；:：·•\-—_]+|[\s|｜/\\,，;；:：·•\-—_]+$/gu;

/** what a CMS appends to a page's title: the site (中国政府网, …门户网站), a gazette's issue (2007年第23号国务院公报) */
const SITE_PART = /(?:网|網|网站|網站|门户|門戶|公报|公報|首页|首頁)$|^\d{4}年第\d+[期号號]/u;

/** A page's <title> as a title: its first part between the separators sites add that is not the site's name or an
 * issue (…的决议__2007年第23号国务院公报_中国政府网, 中国政府网 | 国务院关于…的通知, 中华人民共和国监察法-纪检: a dash
 * between characters only before a short last part, so 中国-东盟自由贸易区 stays), without the spaces a CMS leaves
 * between a number and a character (2007　年末). */
export function pageTitle(title: string): string {
  const parts = title
    .split(/\s*(?:_+|\||｜|\s[-－—–]\s|(?<=\p{sc=Han})-(?=\p{sc=Han}{1,6}$))\s*/u)
    .filter((p) => /\p{sc=Han}/u.test(p));
  const chosen = parts.find((p) => !SITE_PART.test(p)) ?? parts[0] ?? title;
  return chosen.replace(/(?<=\d)[\s\u3000]+(?=\p{sc=Han})|(?<=\p{sc=Han})[\s\u3000]+(?=\d)/gu, '').replace(/\s+/g, ' ').trim();
}

/**
 * Facts from the label lines government pages print around an article (发布日期：…　来源：…, and the gov.cn
 * fact table's 标题 / 发文机关 / 成文日期). Several labels often share one line, so a line is cut before each label.
 */
export function factsFromLines(lines: string[], facts: Facts = {}): Facts {
  const labels =
    /(?=(?:发布时间|發布時間|发布日期|發布日期|发稿时间|成文日期|来源|來源|信息来源|文章来源|发文机关|發文機關|发布机构|发文字号|主题分类|索\s*引\s*号|标\s*题|作者|字号|浏览次数|【)\s*[:：【])/;
  for (const line of lines) {
    for (const piece of line.split(labels)) {
      const p = piece.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
      for (const [re, set] of LABELS) {
        // an empty field runs into the bar's next separator (来源: | 发布时间: …): a value is letters or digits
        const v = p.match(re)?.[1]!.replace(SEPARATORS, '');
        if (v && /[\p{L}\p{N}]/u.test(v)) set(facts, v);
      }
    }
  }
  if (facts.published && !facts.date) facts.date = facts.published.slice(0, 10);
  return facts;
}
