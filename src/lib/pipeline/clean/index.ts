import { ContentError } from '../../schema/friendly.ts';
import type { Meta } from '../../schema/meta.ts';
import { stripBoilerplate } from './boilerplate.ts';
import { applyCorrections, CorrectionError } from './corrections.ts';
import { detectDamage } from './detect.ts';
import { stripMarkup } from './markup.ts';
import { cellPerLine, pairColumns, pipeColumns, spacedColumns } from './columns.ts';
import { repairBlocks, toBlocks } from './paragraphs.ts';
import { stripPinyin } from './pinyin.ts';
import { widenPunctuation } from './punctuation.ts';
import { cleanSpaces, type SpacePolicy } from './spaces.ts';
import type { Block, Extracted, Line, Sidebar } from './types.ts';

export type { Block, Extracted, Line, Sidebar } from './types.ts';

export interface CleanResult {
  blocks: Block[];
  sidebars: Sidebar[];
  extracted: Extracted;
  report: { pinyin: number; spacePolicy: SpacePolicy; widened: number; joins: number; corrections: number; tablesUnread?: number[] };
}

/** Split raw text into numbered lines; BOM and CRLF are transport artefacts, not content. */
export function toLines(raw: string): Line[] {
  return raw
    .replace(/^\ufeff/, '')
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ n: i + 1, text }));
}

/**
 * Stage 1: remove every defect class in the order of seed-analysis §10. Pure: the file name is only for messages.
 * Throws ContentError naming the file, the line and the field for damage nobody repaired.
 */
export function clean(raw: string, meta: Meta, file: string, metaFile = file.replace(/source\.txt$/, 'meta.yml')): CleanResult {
  const lines = stripMarkup(toLines(raw)).lines;
  if (!lines.some((l) => /\p{sc=Han}/u.test(l.text))) throw new ContentError(file, 1, undefined, 'no Chinese text in the source');
  const { lines: body, extracted } = stripBoilerplate(lines, { creditAllowed: meta.type !== 'policy' });
  let fixed: Line[];
  try {
    fixed = applyCorrections(body, meta.corrections ?? []);
  } catch (e) {
    if (e instanceof CorrectionError) throw new ContentError(metaFile, undefined, `corrections.${e.index}.find`, e.message);
    throw e;
  }
  const pinyin = stripPinyin(fixed);
  const damage = detectDamage(pinyin.lines);
  if (damage.length) {
    const d = damage[0]!;
    const more = damage.length > 1 ? ` (and ${damage.length - 1} more: ${damage.slice(1, 6).map((x) => `line ${x.line}`).join(', ')})` : '';
    throw new ContentError(file, d.line, undefined, `${d.kind} at column ${d.column}: “${d.excerpt}”; repair it with a corrections entry in meta.yml${more}`);
  }
  if (extracted.source) extracted.source = stripPinyin([{ n: 0, text: extracted.source }]).lines[0]!.text;
  const cells = cellPerLine(pairColumns(spacedColumns(pipeColumns(pinyin.lines).lines).lines).lines);
  const spaced = cleanSpaces(cells.lines, {
    policy: meta.spaces ?? (meta.type === 'news' ? 'keep' : 'auto'),
    keepPhrases: meta.keepSpaces ?? [],
    speakerLabels: meta.type === 'transcript',
  });
  const wide = widenPunctuation(spaced.lines);
  if (extracted.abstract) extracted.abstract = widenPunctuation([{ n: 0, text: extracted.abstract }]).lines[0]!.text;
  const grouped = toBlocks(wide.lines);
  const repaired = grouped.separated ? repairBlocks(grouped.blocks) : { blocks: grouped.blocks, sidebars: [], joins: 0 };
  return {
    blocks: repaired.blocks,
    sidebars: repaired.sidebars,
    extracted,
    report: {
      pinyin: pinyin.removed,
      spacePolicy: spaced.policy,
      widened: wide.changed,
      joins: repaired.joins,
      corrections: meta.corrections?.length ?? 0,
      ...(cells.unread.length ? { tablesUnread: cells.unread } : {}),
    },
  };
}
