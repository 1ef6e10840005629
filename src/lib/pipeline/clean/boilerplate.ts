import { joinLines } from '../text.ts';
import { readHeader } from './header.ts';
import type { Extracted, Line } from './types.ts';

/** Whole-line site chrome: footers, ICP numbers, editor credits. Anchored to the whole line: body text never matches. */
const DROP: RegExp[] = [
  /^Copyright\b.*All Rights Reserved\.?$/i,
  /^.{0,24}\s?版[权權]所有$/,
  /^.*All rights reserved\.?$/i,
  /^\p{sc=Han}{0,3}ICP[备備]\d+号.*$/u,
  /^\p{sc=Han}{0,3}ICP[备備]\d+號.*$/u,
  /^技[术術]支持[:：]/,
  /^(初审|初審|责任|責任|终审|終審)[编編][辑輯][:：]/,
];
/** A short line that states the site's rights or disclaims it: 《…》社有限公司版權所有，未經書面授權禁止使用 */
const RIGHTS = /^(?=.{0,80}$)(?=.*(?:版[权權]所有|未[经經](?:书面|書面)?(?:授[权權]|许可|許可)|免[责責][声聲]明)).*[^。]$/u;
/** A breadcrumb: 首页 >> 法律资讯, 当前位置：首页 > 政务公开 > 政策文件, 网易首页 > 网易号 > 正文 */
const BREADCRUMB =
  /^(?:(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置)[:：]\s*)?[^\s>。，；：:]{0,10}?(?:首页|首頁|主页|主頁)\s*(?:>{1,2}|›|»|＞|→)\s*[^。，；！？]{0,80}$/u;
const CRUMB_SEPARATOR = /\s*(?:>{1,2}|›|»|＞|→)\s*/u;
/** Page furniture labels, alone or several on a line: 扫一扫在手机打开当前页, 【打印】【关闭】, 字体：大 中 小 … */
const FURNITURE = [
  /^(?:扫一扫|掃一掃|微信扫一扫|微信掃一掃).{0,20}$/u,
  /^(?:分享到|分享至)[:：]?.{0,30}$/u,
  /^(?:[【\[][^】\]]{1,8}[】\]]\s*){2,}$|^[【\[](?:打印|列印|关闭|關閉|收藏|返回|返回顶部|返回頂部)[】\]]$/u,
  /^(?:预设|預設)?(?:字体|字體|字号|字號)(?:大小)?[:：]?[\s大中小標标准準默认預設|]*$/u,
  /^(?:[【\[]?(?:责任编辑|責任編輯|编辑|編輯)[】\]]?[:：].{1,20})$/u,
  BREADCRUMB,
  // a rule drawn with characters (==========, ──────; not ______, a form's line to fill in)
  /^[=─━\-－]{5,}$/u,
  // a law portal's download link (下载地址: 点击此处下载) and byline bar with its view count (作者:… 时间:… 浏览:8464 来源:…)
  /^(?:(?:下载地址|下載地址)[:：]?\s*(?:点击此处下载|點擊此處下載)?|点击此处下载|點擊此處下載)$/u,
  /^(?=.{0,120}$)(?=.*(?:浏览|瀏覽|点击|點擊|阅读|閱讀)(?:次数|次數|量)?\s*[:：]\s*\d+)(?:作者|时间|時間|发布时间|發布時間|来源|來源|浏览|瀏覽|点击|點擊|阅读|閱讀|编辑|編輯)\s*[:：][^。]*$/u,
  // a law database's export or print stamp: 法源法律網LawBank 匯出時間:111.06.17, 打印时间：2024-01-01 10:00
  /^[^:：。，]{0,60}?(?:汇出|匯出|导出|導出|打印|列印)(?:时间|時間|日期)[:：]\s*[\d.\-/年月日 :]{6,20}$/u,
  /^(?:(?:网站地图|網站地圖|联系我们|聯絡我們|聯繫我們|私隐政策|私隱政策|隐私政策|隱私政策|重要告示|无障碍|無障礙|返回顶部|返回頂部|打印本页|列印本頁|关闭窗口|關閉窗口|无障碍网页嘉许计划|無障礙網頁嘉許計劃|主页|主頁|首页|首頁)[\s|｜、·]*){1,8}$/u,
];
/** Page furniture only at a page's top or bottom (its first or last 15 lines): words a text may say in its body too */
const EDGE_FURNITURE = [
  // a portal's login box and bookmark links (用户名 密码 / 记住我 / 加入收藏 / 设为首页)
  /^(?:(?:用户名|用戶名|密码|密碼|验证码|驗證碼|记住我|記住我|忘记密码|忘記密碼|登录|登錄|登入|注册|註冊|退出|加入收藏|设为首页|設為首頁)[\s|｜/]*){1,6}$/u,
  // a site's menu bar: five or more short labels, 首页 among them (网站首页 法律咨询 找律师 …)
  /^(?=.*(?:首页|首頁|主页|主頁))(?:[\p{sc=Han}A-Za-z]{2,6}[\s|｜·]+){4,}[\p{sc=Han}A-Za-z]{2,6}$/u,
];
const EDGE = 15;
/** A page's count of shares, likes or comments: digits alone */
const COUNTER = /^\d{1,7}$/;
const PAGE_LABEL = /^(发布会新闻|發佈會新聞|發布會新聞|文字实录|文字實錄|新闻发布|新聞發佈|图文直播|圖文直播)$/;
const SOURCE_LINE = /^[来來]源[:：]\s*(.*?)\s*(\d{4}-\d{2}-\d{2})?(?:\s+(\d{2}:\d{2}(?::\d{2})?))?$/;
const WRAPPER_END = /^原文如下[:：]?$/;
/** What a web page's title line adds to the document's title: its number (晋政办发〔2017〕55号) or, after a separator,
 * the site's name (_山西省人民政府门户网站, - 中国政府网). */
const TITLE_ADDITION = /^(?:\p{sc=Han}{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}[号號]|[_|｜\-—–]+[^。，,；;！？]{2,30}|[^。，,；;！？]{2,30}[_|｜\-—–]+)$/u;
const DOC_NUMBER_ADDITION = /^\p{sc=Han}{1,10}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}[号號]$/u;
/** how far down a page its title line can be, in lines with text */
const TITLE_LINE_WITHIN = 6;
/** A press-office credit closing the last paragraph: (山东省人民政府新闻办公室) */
const CREDIT = /[（(]([^()（）]{2,24}(?:办公室|辦公室|新闻网|新聞網|日报|日報|报社|報社|新闻社|新聞社|电视台|電視台))[)）]$/;

export interface BoilerplateOptions {
  /** credits are a news / transcript convention; a policy text's closing parenthesis is a lead-department note */
  creditAllowed: boolean;
}

/** Remove site chrome and credits from the body; keep the facts they carry. */
export function stripBoilerplate(lines: Line[], opts: BoilerplateOptions): { lines: Line[]; extracted: Extracted } {
  const extracted: Extracted = { dropped: [] };
  const header = readHeader(lines);
  if (header.dropped.length) {
    extracted.header = header.facts;
    extracted.dropped.push(...header.dropped);
  }
  let body: Line[] = [];
  const texts = header.lines.filter((l) => l.text.trim());
  const place = new Map(texts.map((l, i) => [l, i]));
  const furniture = (l: Line | undefined) => !!l && FURNITURE.some((re) => re.test(l.text.trim()));
  const edge = (at: number) => at >= 0 && (at < EDGE || at >= texts.length - EDGE);
  for (const line of header.lines) {
    const t = line.text.trim();
    const at = place.get(line) ?? -1;
    // a count beside a share or print link (0 / 分享至) is the link's
    const counter = COUNTER.test(t) && (furniture(texts[at - 1]) || furniture(texts[at + 1]));
    const atEdge = edge(at) && EDGE_FURNITURE.some((re) => re.test(t));
    if (DROP.some((re) => re.test(t)) || RIGHTS.test(t) || furniture(line) || counter || atEdge) {
      extracted.dropped.push(line);
      continue;
    }
    if (PAGE_LABEL.test(t)) {
      (extracted.pageLabels ??= []).push(t);
      extracted.dropped.push(line);
      continue;
    }
    const src = SOURCE_LINE.exec(t);
    if (src) {
      extracted.source = src[1] || undefined;
      if (src[2]) extracted.published = src[3] ? `${src[2]}T${src[3]}` : src[2];
      extracted.dropped.push(line);
      continue;
    }
    body.push(line);
  }
  const channel = channelLabels(body, extracted.dropped);
  if (channel.length) {
    extracted.dropped.push(...channel);
    body = body.filter((l) => !channel.includes(l));
  }
  const titleLine = pageTitleLine(body);
  if (titleLine) {
    extracted.dropped.push(titleLine.line);
    body = body.filter((l) => l !== titleLine.line);
    if (titleLine.docNumber && !extracted.header?.docNumber) extracted.header = { ...extracted.header, docNumber: titleLine.docNumber };
  }
  const wrapperEnd = body.findIndex((l) => WRAPPER_END.test(l.text.trim()));
  if (wrapperEnd >= 0) {
    extracted.abstract = joinLines(
      body
        .slice(0, wrapperEnd)
        .map((l) => l.text.trim())
        .filter(Boolean),
    );
    extracted.dropped.push(...body.slice(0, wrapperEnd + 1));
    body = body.slice(wrapperEnd + 1);
  }
  if (opts.creditAllowed) {
    const lastIdx = body.findLastIndex((l) => l.text.trim() !== '');
    const last = body[lastIdx];
    const m = last && CREDIT.exec(last.text.trim());
    if (last && m) {
      extracted.credit = m[1];
      body[lastIdx] = { n: last.n, text: last.text.trim().slice(0, -m[0].length) };
    }
  }
  return { lines: body, extracted };
}

/**
 * A saved page's own title line above the text: the title the text gives again on its own line just below, with the
 * document number before it or the site's name after a separator. Only the addition is a fact (the number); the line is
 * chrome, as the title is the page's heading.
 */
function pageTitleLine(body: Line[]): { line: Line; docNumber?: string } | undefined {
  const top = body.filter((l) => l.text.trim()).slice(0, TITLE_LINE_WITHIN);
  const squeeze = (l: Line) => l.text.replace(/\s+/g, '');
  for (const [i, line] of top.entries()) {
    const a = squeeze(line);
    for (const below of top.slice(i + 1, i + 4).map(squeeze)) {
      if ([...below].length < 6 || a === below || !(a.startsWith(below) || a.endsWith(below))) continue;
      const added = a.startsWith(below) ? a.slice(below.length) : a.slice(0, a.length - below.length);
      if (TITLE_ADDITION.test(added)) return { line, docNumber: DOC_NUMBER_ADDITION.test(added) ? added : undefined };
    }
  }
  return undefined;
}

/**
 * The section's name a saved page prints above the text (法律资讯, once or more) when its breadcrumb ends with it
 * (首页 >> 法律资讯): chrome, as the breadcrumb is. Only near the top, and only a line that is that name alone.
 */
function channelLabels(body: Line[], dropped: Line[]): Line[] {
  const crumbs = dropped.find((l) => BREADCRUMB.test(l.text.trim()))?.text.trim().split(CRUMB_SEPARATOR);
  const section = crumbs && crumbs.length > 1 ? crumbs.at(-1)!.replace(/\s+/g, '') : undefined;
  if (!section) return [];
  return body
    .filter((l) => l.text.trim())
    .slice(0, TITLE_LINE_WITHIN)
    .filter((l) => l.text.replace(/\s+/g, '') === section);
}
