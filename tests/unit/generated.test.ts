import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/content.ts';
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
