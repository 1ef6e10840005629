import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byScript, generate } from '../../scripts/content.ts';
import { ROOT } from '../helpers.ts';

const { files } = await generate(ROOT);

describe('content/generated is what the pipeline makes of content/sources', () => {
  it('no generated file is stale (run npm run content and commit)', () => {
    const stale = [...files].filter(([f, text]) => !existsSync(join(ROOT, 'content/generated', f)) || readFileSync(join(ROOT, 'content/generated', f), 'utf8') !== text).map(([f]) => f);
    expect(stale).toEqual([]);
  });
  it('no generated file is left over from a removed source', () => {
    const dir = join(ROOT, 'content/generated');
    const onDisk = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
    expect(onDisk.sort()).toEqual([...files.keys()].sort());
  });
  it('every source yields a file in both scripts', () => {
    const ids = readdirSync(join(ROOT, 'content/sources'));
    expect([...files.keys()].filter((f) => f.endsWith('.mdx')).length).toBe(ids.length * 2);
  });
});

describe('a whole-library file written row by row', () => {
  it('is what JSON.stringify writes of both scripts (fields left undefined dropped, nothing else)', () => {
    const rows = [{ doc: 'a', text: '发展', unit: undefined }, { doc: 'b', text: '“双圈”', n: 2 }];
    const hant = (r: (typeof rows)[number]) => ({ ...r, text: r.text.replace('发展', '發展'), lead: undefined });
    const expected = `${JSON.stringify({ 'zh-hans': rows, 'zh-hant': rows.map(hant) })}\n`;
    expect([...byScript(rows, hant)].join('')).toBe(expected);
    expect([...byScript([], hant)].join('')).toBe('{"zh-hans":[],"zh-hant":[]}\n');
  });
});
