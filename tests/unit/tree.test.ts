import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapTree, ownTexts, SKIP, textOf, textsOf, visit } from '../../src/lib/pipeline/tree.ts';
import { joinLines } from '../../src/lib/pipeline/text.ts';
import type { Block } from '../../src/lib/pipeline/types.ts';
import { ROOT } from '../helpers.ts';

const tree: Block[] = [
  { kind: 'para', id: 'p-1', text: '前言', note: '（省发展改革委牵头）' },
  {
    kind: 'section',
    id: 'part-1',
    role: 'part',
    num: '一、',
    title: '总体要求',
    subtitle: '副题',
    children: [
      { kind: 'section', id: 'art-1', role: 'article', num: '（一）', title: '目标', children: [{ kind: 'para', id: 'p-2', text: '到2025年。' }] },
      { kind: 'aside', id: 'aside-1', title: '名词', items: [{ heading: '双圈', text: '都市圈' }] },
    ],
  },
  {
    kind: 'turn',
    id: 'turn-1',
    turn: 'answer',
    speaker: { name: '张三', inferred: false, from: 'x' },
    sources: ['x'],
    children: [{ kind: 'heading', id: 'h-1', level: 3, text: '小标题' }],
  },
];

describe('block tree', () => {
  it('visits every block once, a parent before its children, with its ancestors', () => {
    const seen: string[] = [];
    visit(tree, (b, ancestors) => {
      seen.push(`${ancestors.map((a) => a.id).join('/')}>${b.id}`);
    });
    expect(seen).toEqual(['>p-1', '>part-1', 'part-1>art-1', 'part-1/art-1>p-2', 'part-1>aside-1', '>turn-1', 'turn-1>h-1']);
  });
  it('SKIP leaves a block’s children out', () => {
    const seen: string[] = [];
    visit(tree, (b) => {
      seen.push(b.id);
      return b.kind === 'section' ? SKIP : undefined;
    });
    expect(seen).toEqual(['p-1', 'part-1', 'turn-1', 'h-1']);
  });
  it('mapTree maps a parent before its children and leaves the input untouched', () => {
    let n = 0;
    const out = mapTree(tree, (b) => ({ ...b, id: `${b.kind}-${++n}` }));
    const ids: string[] = [];
    visit(out, (b) => {
      ids.push(b.id);
    });
    expect(ids).toEqual(['para-1', 'section-2', 'section-3', 'para-4', 'aside-5', 'turn-6', 'heading-7']);
    expect(tree[0]!.id).toBe('p-1');
  });
  it('ownTexts: every text field of every kind, and the options that leave some out', () => {
    expect(tree.map((b) => ownTexts(b))).toEqual([['前言', '（省发展改革委牵头）'], ['总体要求', '副题'], []]);
    expect(ownTexts(tree[0]!, { notes: false })).toEqual(['前言']);
    expect(ownTexts(tree[2]!, { labels: true })).toEqual(['张三']);
    expect(textsOf(tree)).toEqual(['前言', '（省发展改革委牵头）', '总体要求', '副题', '目标', '到2025年。', '名词', '双圈', '都市圈', '小标题']);
    expect(textOf(tree, { notes: false, asides: false, subtitles: false })).toBe('前言总体要求目标到2025年。小标题');
  });
});

describe('joinLines', () => {
  it('joins Chinese with nothing and keeps the space a break between Latin words stood for', () => {
    expect(joinLines(['依托smart', 'city平台和5G', '网络，到2025', '年建成'])).toBe('依托smart city平台和5G网络，到2025年建成');
    expect(joinLines(['iPhone', '15', '000'])).toBe('iPhone 15000');
    expect(joinLines(['NB-', 'IoT'])).toBe('NB-IoT');
  });
});

/** Source files that call a function of their own on a block's `.children`: a walk of their own. */
function ownWalks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const local = new Set([...text.matchAll(/(?:function\s+(\w+)|const\s+(\w+)\s*=\s*(?:\([^)]*\)|\w+)\s*(?::[^=]+)?=>)/g)].map((m) => m[1] ?? m[2]!));
  return [...text.matchAll(/(\w+)\(\s*[\w.!?]+\.children\b/g)].filter((m) => local.has(m[1]!)).map((m) => `${relative(ROOT, file)}: ${m[0]}`);
}

describe('one walk over the block tree', () => {
  /** emit-mdx renders nesting (open tag, children, close tag); its branches are exhaustive, so a new kind is a type error there */
  const allowed = new Set(['src/lib/pipeline/tree.ts', 'src/lib/pipeline/emit-mdx.ts']);
  const files = ['src', 'scripts'].flatMap((d) =>
    (readdirSync(join(ROOT, d), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, d, f)),
  );
  it('finds the walks it looks for', () => {
    expect(ownWalks(join(ROOT, 'src/lib/pipeline/emit-mdx.ts')).length).toBeGreaterThan(0);
  });
  it('no stage walks the tree itself: visit / mapTree / textOf from tree.ts', () => {
    expect(files.filter((f) => !allowed.has(relative(ROOT, f))).flatMap(ownWalks)).toEqual([]);
  });
});
