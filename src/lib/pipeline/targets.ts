import { findIndicators } from './indicators.ts';
import { ownTexts, visit } from './tree.ts';
import type { Block, StructuredDoc } from './types.ts';

/**
 * Quantitative targets and figures (指标): number, magnitude (万/亿), unit, qualifier, deadline, whether it is a target
 * or an achievement, and the passage it comes from. Digits that are not quantities never match: a quantity needs a
 * unit (12345 hotline, “1313”, “2+N”, 〔2024〕1号 and ICP numbers have none), and a year is a deadline, not a figure.
 */
export interface Target {
  doc: string;
  id: string;
  /** the sentence, Simplified */
  sentence: string;
  /** the figure as written: 2.5亿个, 67%以上, 逾千亿元 */
  text: string;
  value: number;
  unit: string;
  qualifier?: string;
  /** what the figure measures (常住人口城镇化率, 战略性新兴产业集群); absent when the sentence does not say clearly */
  indicator?: string;
  /** the verb of change or level before it: 新增, 累计建成, 提高到, 下降, 达到 */
  change?: string;
  /** the departments that lead the clause, from its note （省发展改革委、省商务厅牵头） */
  lead?: string;
  /** a year, a period (2021–2025) or 'annual'; absent when the text gives none */
  deadline?: string;
  /** condition: a bound that says which things a measure is for (城镇化率低于60%的4个市), neither aimed at nor reached */
  kind: 'target' | 'achievement' | 'condition';
}

const UNITS = '个百分点|平方千米|平方公里|平方米|万千瓦|千瓦|亿元|万元|元|万人次|人次|万人|人|个|处|座|片|公里|千米|项|家|所|条|吨|辆|套|户|名|张|倍|%';
const FIGURE = new RegExp(
  `(?<pre>不小于|不少于|不低于|不超过|超过|低于|高于|逾|约)?(?<num>\\d+(?:\\.\\d+)?|[千百])(?<mag>万|亿)?(?<unit>${UNITS})(?<post>以上|左右|以内|以下)?`,
  'gu',
);
/** units that count things by classifier (20个集群, 4所高职), as against measures (元, %, 平方米) */
const COUNTS = new Set('个处座片项家所条辆套户名张人'.split(''));
const PERIODS: Record<string, string> = { 十四五: '2021–2025', 十五五: '2026–2030' };

/** The figure's deadline, and whether it was read from an earlier sentence of the paragraph. */
function deadlineOf(sentence: string, before: number, paragraph: string): { deadline?: string; inherited?: boolean } {
  const head = sentence.slice(0, before);
  // 到2025年 in the sentence, else earlier in the same paragraph (a plan states the year once for several figures)
  const by = [...head.matchAll(/到(\d{4})年/g)].at(-1) ?? [...sentence.matchAll(/到(\d{4})年/g)][0];
  if (by) return { deadline: by[1] };
  const earlier = [...paragraph.slice(0, paragraph.indexOf(sentence)).matchAll(/到(\d{4})年/g)].at(-1);
  if (earlier) return { deadline: earlier[1], inherited: true };
  if (/每年|年均/.test(head)) return { deadline: 'annual' };
  const period = Object.keys(PERIODS).find((p) => sentence.includes(`“${p}”`) || sentence.includes(p));
  if (period) return { deadline: PERIODS[period] };
  const year = [...head.matchAll(/(\d{4})年/g)].at(-1);
  return { deadline: year?.[1] };
}

export function extractTargets(docs: StructuredDoc[]): Target[] {
  const out: Target[] = [];
  for (const d of docs) {
    if (d.mergedInto) continue;
    const docYear = Number(d.meta.date.slice(0, 4));
    const policy = d.meta.type === 'policy';
    const scan = (id: string, text: string, lead?: string) => {
      for (const sentence of text.match(/[^。；！？]+[。；！？]?/gu) ?? []) {
        // 8个月 is a duration, 千人口 and 每千名 a rate's base: not figures
        const matches = [...sentence.matchAll(FIGURE)].filter((m) => {
          const next = sentence[m.index! + m[0].length];
          // 每千名老年人, 每万人: the base of a rate after 每
          return !((m.groups!.unit === '个' && next === '月') || (m.groups!.unit === '人' && next === '口') || sentence[m.index! - 1] === '每');
        });
        const found = findIndicators(
          sentence,
          matches.map((m) => ({ start: m.index!, end: m.index! + m[0].length, count: COUNTS.has(m.groups!.unit!) })),
        );
        matches.forEach((m, i) => {
          const g = m.groups!;
          const next = sentence[m.index! + m[0].length];
          const value = (g.num === '千' ? 1000 : g.num === '百' ? 100 : Number(g.num)) * (g.mag === '亿' ? 1e8 : g.mag === '万' ? 1e4 : 1);
          const when = deadlineOf(sentence, m.index!, text);
          let deadline = when.deadline;
          const future = /到\d{4}年|力争|每年|将|目标|确保/.test(sentence);
          // a policy text sets targets (累计 there is a cumulative target); other texts report unless they look ahead
          const past = policy ? /已经|已|近年来|前\d+个月/.test(sentence) : /累计|已经|已|完成|建成|实现了|共有|有\d|前\d+个月|近年来|期间/.test(sentence) && !/到\d{4}年/.test(sentence);
          const year = deadline && /^\d{4}$/.test(deadline) ? Number(deadline) : undefined;
          const qualifier = g.pre ?? g.post;
          // a comparison that describes the things counted (低于60%的4个市, 超过500亿元的市场) is a condition; a share of
          // them (80%以上的机关) is not
          const kind: Target['kind'] =
            g.pre && /低于|高于|超过/.test(g.pre) && next === '的' ? 'condition' : past || (year !== undefined && year < docYear) || (!future && !policy) ? 'achievement' : 'target';
          // a year stated for the paragraph's targets is no deadline of a figure already reached
          if (kind === 'achievement' && when.inherited) deadline = undefined;
          if (kind === 'condition') deadline = undefined;
          // a target set for a plan period falls due at its end: “十四五” → 2025
          if (kind === 'target' && deadline?.includes('–')) deadline = deadline.split('–')[1];
          const t: Target = { doc: d.meta.id, id, sentence: sentence.trim(), text: m[0], value, unit: `${g.mag ?? ''}${g.unit}`, kind };
          if (qualifier) t.qualifier = qualifier;
          const { name, change } = found[i]!;
          if (name) t.indicator = name;
          if (change) t.change = change;
          if (deadline) t.deadline = deadline;
          if (lead) t.lead = lead;
          out.push(t);
        });
      }
    };
    // a figure is read from the text itself: not from a lead-department note or a sidebar's summary
    visit(d.blocks, (b, ancestors) => {
      const lead = b.kind === 'para' ? leadOf(b, ancestors.at(-1)?.children ?? d.blocks) : undefined;
      for (const text of ownTexts(b, { notes: false, asides: false, subtitles: false })) scan(b.id, text, lead);
    });
  }
  return out;
}

/** The departments a paragraph's clause names as leading it: its own note, else a note closing its section. */
function leadOf(b: Block, siblings: readonly Block[]): string | undefined {
  const note = (b.kind === 'para' && b.note) || siblings.find((s): s is Block & { note: string } => s.kind === 'para' && !!s.note)?.note;
  const m = note && /^（(.+?)(?:牵头|负责)/u.exec(note);
  return m ? m[1] : undefined;
}

/**
 * content/generated/targets.json: what the site plans its pages and files from, without reading the figures
 * themselves (at 10,000 documents they are 164 MB of JSON, 380 MB parsed): each document with figures, in the
 * pipeline's order, with each figure's deadline and kind in the document's order. The figures are in
 * content/generated/targets/<document>.json, both scripts.
 */
export interface TargetIndex {
  figures: number;
  docs: { doc: string; deadlines: (string | null)[]; kinds: Target['kind'][] }[];
}

export function targetIndexOf(targets: readonly Target[]): TargetIndex {
  const docs = new Map<string, TargetIndex['docs'][number]>();
  for (const t of targets) {
    const d = docs.get(t.doc) ?? docs.set(t.doc, { doc: t.doc, deadlines: [], kinds: [] }).get(t.doc)!;
    d.deadlines.push(t.deadline ?? null);
    d.kinds.push(t.kind);
  }
  return { figures: targets.length, docs: [...docs.values()] };
}
