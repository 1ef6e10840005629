import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { clean } from '../../src/lib/pipeline/clean/index.ts';
import { ContentError } from '../../src/lib/schema/friendly.ts';
import { cases, matchExpected, readMetaFixture } from './fixtures.ts';

/** Readable form of a clean result: one block a line (`n| text`), then sidebars and extracted metadata. */
function render(r: ReturnType<typeof clean>): string {
  const out = r.blocks.map((b) => `${b.n}| ${b.lines.join(' ⏎ ')}`);
  for (const s of r.sidebars) out.push(`sidebar ${s.n}| ${s.title}`, ...s.items.map((i) => `  ${i.heading} — ${i.text}`));
  const { dropped, ...extracted } = r.extracted;
  out.push(`extracted: ${JSON.stringify(extracted)}`, `dropped lines: ${dropped.map((d) => d.n).join(',')}`, `report: ${JSON.stringify(r.report)}`);
  return `${out.join('\n')}\n`;
}

describe('clean (fixtures)', () => {
  for (const c of cases('clean')) {
    it(c.name, () => {
      const raw = readFileSync(join(c.dir, 'input.txt'), 'utf8');
      let actual: string;
      try {
        actual = render(clean(raw, readMetaFixture(c.dir), 'input.txt', 'meta.yml'));
      } catch (e) {
        if (!(e instanceof ContentError)) throw e;
        actual = `error: ${e.message}\n`;
      }
      matchExpected(c.dir, 'expected.txt', actual);
    });
  }
});
