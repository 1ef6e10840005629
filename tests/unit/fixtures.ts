import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { options } from '../../src/lib/options.ts';
import { metaSchema, type Meta } from '../../src/lib/schema/meta.ts';
import { ROOT } from '../helpers.ts';

/** Fixture folders tests/fixtures/<stage>/<case>/: input + meta.yml → expected. UPDATE=1 rewrites expectations. */
export function cases(stage: string): { name: string; dir: string }[] {
  const dir = join(ROOT, 'tests/fixtures', stage);
  return readdirSync(dir)
    .filter((d) => !d.includes('.'))
    .sort()
    .map((name) => ({ name, dir: join(dir, name) }));
}

export const readMetaFixture = (dir: string): Meta => metaSchema.parse(parse(readFileSync(join(dir, 'meta.yml'), 'utf8')));

/** Compare `actual` with the expected file; write it when UPDATE=1 or when it does not exist yet is NOT allowed. */
export function matchExpected(dir: string, file: string, actual: string): void {
  const path = join(dir, file);
  if (options().UPDATE) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`missing ${path}: run with UPDATE=1 and review the diff`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
