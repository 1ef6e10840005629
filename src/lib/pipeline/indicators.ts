/**
 * The indicator of a figure (指标): what a number measures, read from its sentence by the grammar of Chinese plan
 * text, with word boundaries from Intl.Segmenter (pure, in every current runtime). No list of indicator names: the
 * word lists below are closed grammar classes (verbs of level and of action, time words, adverbs), so a new document
 * gets its indicators with no code change.
 *
 * - A count (a classifier: 个 家 所 处 …) names what it counts after it: 新增20个战略性新兴产业集群.
 * - A measure (元 % 平方米 公里 …), or a count with nothing after it, names its indicator before a verb of level:
 *   常住人口城镇化率达到67%以上, 绿色建筑占城镇新建民用建筑比例达到100%, 培育省级现代服务业集聚区120个.
 * - A share followed by 的 measures the rest of its clause: 80%以上的县级及以上党政机关建成节约型机关.
 * - A figure after 、 with nothing around it shares the previous figure's indicator: 覆盖率分别达到100%、60%以上.
 * - A grade word (国家级, 省级) coordinated with the next item borrows its head: 7个国家级和25个省级…集群.
 * Where none of these yields a name of 2–24 characters, the figure has no indicator (never a guess).
 */

export interface FigureSpan {
  start: number;
  end: number;
  /** a count by classifier (个, 家 …) rather than a measure (元, %, 平方米 …) */
  count: boolean;
}

export interface Indicator {
  name?: string;
  /** the verb of change or level before the figure: 新增, 累计建成, 提高到, 下降, 达到 */
  change?: string;
}

const seg = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (s: string) => [...seg.segment(s)].map((x) => x.segment);

/** verbs (and verb + 到/至/在 compounds) that put a level on what stands before them */
const LEVEL = /^(?:分别|均|总计|合计|累计|已经|已|动态|年均)*(?:达到|达|提高到|提高至|提升到|提升至|增加到|增长到|增至|降至|降低到|下降到|下降|降低|减少|增长|提高|增加|突破|超过|超|高于|低于|不低于|不少于|不小于|不超过|控制在|保持在|稳定在|维持在|维持|完成|占|为|是|有|已经有)$/u;
/** verbs of action that take what they create or change as object: 新增 N个X, 培育X N个 */
const ACTION = new Set(
  '新增 建设 建成 培育 培树 打造 布局 改造 开工 开通 实施 支持 设置 选派 培训 招生 发布 形成 创建 认定 做强 做优 实现 确定 筛选 成立 组建 开展 建立 合作 集中 落实 投入 执行 完成 提供 新建 改建 扩建 引进 吸纳 联合 处以 并处 给予'.split(' '),
);
/** what ends the noun phrase after a count: a predicate (项目完成投资, 高职联办, 人才到基层), not a noun-like verb (建设试点县) */
const PREDICATE = /^(?:完成|实现|作为|入选|进入|联办|制定|建成|开展|成立|参与|纳入|获批|通过|落地|竣工|投产|先行|到|达到|突破|超过|覆盖|执行|参加|协调|分布)/u;
/** adverbs and time words that open or close a phrase without belonging to its indicator */
const OPENERS = new Set('全省 全市 力争 同时 其中 共 累计 共计 合计 每年 年均 今年 去年 期间 年底 底 年末 以来 目前 分别 至少 持续 进一步 将 已 已经 均 动态 率先 严格 对 以 使 让 推动 确保'.split(' '));
/** light nouns that are not an indicator by themselves: 实现镇区常住人口10万人目标 */
const LIGHT = /^(?:目标|任务|标准|水平|规模|以上|左右)$/u;
const TIME = /^(?:“?十[一二三四五六七八九]五”?期间|到?\d{4}年(?:年底|底|末)?|前\d+个月|每年|年均|今年|去年|近年来|五年来)/u;
const BOUNDARY = /[，；。：！？]/u;

/** index after the clause boundary before `at`: 、 is none (街道、乡镇…覆盖率 is one subject; a figure before 、 ends
 * its own phrase, see `used` below) */
function clauseStart(s: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (BOUNDARY.test(s[i]!)) return i + 1;
  return 0;
}

/** index of the clause boundary after `from` (、 counts outside brackets: 县（市、区） is one noun) */
function clauseEnd(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i]!;
    if (c === '（') depth++;
    else if (c === '）') depth = Math.max(0, depth - 1);
    else if (BOUNDARY.test(c) || (c === '、' && depth === 0)) return i;
  }
  return s.length;
}

/** trims a phrase: a stray quote mark (the other half outside the clause), a 的 or coordinator at either end */
function clean(s: string): string {
  let out = s.trim().replace(/^的|的$|(?:和|与|及)$/u, '');
  const open = (out.match(/“/gu) ?? []).length;
  const close = (out.match(/”/gu) ?? []).length;
  if (close > open && /^[^“]*”/u.test(out)) out = `“${out}`;
  else if (open > close && /“[^”]*$/u.test(out)) out = out.replace(/“[^”]*$/u, '');
  return out;
}
const confident = (name: string | undefined) => (name && name.length >= 2 && name.length <= 24 && /\p{Script=Han}/u.test(name) ? name : undefined);

/** the noun phrase after a count: up to a predicate, a coordinator before another figure, a quote or the clause's end */
function after(s: string, from: number, to: number): string {
  let text = s.slice(from, to);
  const coordinated = /(?:和|与|及|以及)[^，；。、]*\d/u.exec(s.slice(from, clauseEnd(s, from)));
  if (coordinated) text = text.slice(0, coordinated.index);
  let out = '';
  for (const w of words(text)) {
    const rest = text.slice(out.length);
    if (PREDICATE.test(rest) || LEVEL.test(w) || (out.length >= 2 && rest.startsWith('“'))) break;
    out += w;
  }
  // 开展30个试点城市建设: the work on the things counted is the things
  const ws = words(out);
  if (ws.length > 1 && ACTION.has(ws.at(-1)!)) out = ws.slice(0, -1).join('');
  return LIGHT.test(out) ? '' : out;
}

/** the phrase before a figure: time words and openers off its start, the verb of level or action off its end */
function before(text: string): Indicator {
  let rest = text.replace(/^、/u, '');
  for (let m = TIME.exec(rest); m && m[0]; m = TIME.exec(rest)) rest = rest.slice(m[0].length).replace(/^，/u, '');
  // 各市和60%的县: a phrase coordinated with what follows the figure is not its subject
  if (/(?:和|与|及)$/u.test(rest)) return {};
  const ws = words(rest);
  const change: string[] = [];
  // 新增|20个, 力争|建设|200所: nothing but the verb before a count
  if (ws.every((w) => ACTION.has(w) || OPENERS.has(w) || LEVEL.test(w))) {
    const verb = ws.filter((w) => !OPENERS.has(w) || w === '累计').join('');
    return verb ? { change: verb } : {};
  }
  // a verb of level and its adverbs at the end (提高|到, 分别|达到, 累计|下降): what stands before it is the subject
  let level = false;
  while (ws.length > 1) {
    const two = ws.slice(-2).join('');
    if (!level && LEVEL.test(two) && !LEVEL.test(ws.at(-1)!)) change.unshift(...ws.splice(-2));
    else if (!level && LEVEL.test(ws.at(-1)!)) change.unshift(ws.pop()!);
    else if (OPENERS.has(ws.at(-1)!) && change.length) change.unshift(ws.pop()!);
    else break;
    level = true;
  }
  if (!level) {
    // no verb of level: the phrase is the object of a verb of action (培育X120个, 累计开工改造老旧小区290万户), or
    // ends with that verb (至少设置1处)
    while (ws.length > 1 && (ACTION.has(ws.at(-1)!) || OPENERS.has(ws.at(-1)!))) change.unshift(ws.pop()!);
    // verbs before the object come first in the verb of change: 完成|城镇老旧小区|改造 → 完成改造
    const leading: string[] = [];
    while (ws.length > 1 && (OPENERS.has(ws[0]!) || ACTION.has(ws[0]!))) {
      const w = ws.shift()!;
      if (ACTION.has(w) || w === '累计') leading.push(w);
    }
    change.unshift(...leading);
    // 全国各省区率先实施居住建筑节能: what follows the last verb of action, when that is a phrase of its own
    const last = ws.findLastIndex((w, i) => i < ws.length - 2 && ACTION.has(w));
    if (last >= 0) change.splice(0, change.length, ...change.filter((w) => w === '累计'), ws.splice(0, last + 1).at(-1)!);
  } else {
    while (ws.length > 1 && OPENERS.has(ws[0]!)) ws.shift();
  }
  // an owner before 的 is not the indicator: 山东的高品质住宅试点项目
  const joined = ws.join('');
  const owner = joined.lastIndexOf('的');
  const name = owner > 0 && joined.length - owner > 2 ? joined.slice(owner + 1) : joined;
  const out: Indicator = {};
  const n = confident(clean(name));
  // 每个街道和社区至少设置1处: “each X” is the scope a figure applies to, not what it measures
  if (n && !LIGHT.test(n) && !/^每个/u.test(n)) out.name = n;
  const verb = change.filter((w) => !OPENERS.has(w) || w === '累计').join('');
  if (verb) out.change = verb;
  return out;
}

/** Each figure's indicator and verb of change, in the order given (figures in reading order, not overlapping). */
export function findIndicators(sentence: string, figures: readonly FigureSpan[]): Indicator[] {
  const out: Indicator[] = [];
  const isCondition = (f: FigureSpan) => sentence[f.end] === '的';
  let used = 0; // text already taken by an earlier figure's name: 5个镇|实现镇区常住人口10万人
  figures.forEach((f, i) => {
    const next = figures[i + 1];
    const clauseEndAt = clauseEnd(sentence, f.end);
    const start = Math.max(clauseStart(sentence, f.start), Math.min(used, f.start));
    const lead = () => before(sentence.slice(start, f.start));
    let found: Indicator;
    used = f.end;
    if (isCondition(f) && !f.count) {
      // a bound that describes the things after it (城镇化率低于60%的4个市), or a share of them (80%以上的机关建成…)
      // after a verb of action the bound describes that verb's object: 对个人处以5000元以下的罚款
      const l = lead();
      const object = [...ACTION].some((v) => sentence.slice(start, f.start).endsWith(v));
      const rest = confident(clean(sentence.slice(f.end + 1, clauseEndAt)));
      found = l.name && !object ? l : rest ? { ...(l.change ? { change: l.change } : {}), name: rest } : {};
    } else {
      let tail = '';
      if (f.count) {
        const stop = next && next.start < clauseEndAt ? next.start : clauseEndAt;
        tail = after(sentence, f.end, stop);
        // 30个年交易额超过500亿元的商品交易市场: a condition inside the phrase belongs to it
        if (next && isCondition(next) && f.end + tail.length === next.start) tail += sentence.slice(next.start, next.end + 1) + after(sentence, next.end + 1, clauseEnd(sentence, next.end));
        else if (confident(clean(tail))) used = f.end + tail.length;
        tail = clean(tail);
      }
      // a count with a noun after it names that noun or nothing (滨州5个市: not 滨州)
      const l = lead();
      found = confident(tail) ? { ...l, name: tail } : tail ? (l.change ? { change: l.change } : {}) : l;
    }
    const prevFig = figures[i - 1];
    if (!found.name && prevFig && /^、$/u.test(sentence.slice(prevFig.end, f.start))) found = { ...out[i - 1] }; // 分别达到100%、60%以上
    const prev = out[i - 1];
    if (prev?.name && /级$/u.test(prev.name) && found.name?.includes('级') && prevFig && /^(?:和|与|及)$/u.test(sentence.slice(prevFig.end + prev.name.length, f.start))) {
      // 7个国家级和25个省级战略性新兴产业集群: the grade word before 和 shares the next item's head
      prev.name += headAfterGrade(found.name);
    }
    if (found.name && /级$/u.test(found.name)) {
      // 千亿级建筑业企业集团突破4家，超500亿级12家: a grade word alone shares the head named before it
      const earlier = out.findLast((o) => o.name?.includes('级') && !/级$/u.test(o.name));
      if (earlier?.name) found.name += headAfterGrade(earlier.name);
    }
    if (!found.name) delete found.name;
    out.push(found);
  });
  return out;
}

const headAfterGrade = (name: string) => name.slice(name.indexOf('级') + 1);
