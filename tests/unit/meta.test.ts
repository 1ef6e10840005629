import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMeta } from '../../src/lib/sources.ts';

function metaError(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'meta-'));
  writeFileSync(join(dir, 'meta.yml'), yaml);
  try {
    readMeta(join(dir, 'meta.yml'), 'content/sources/x/meta.yml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
}
const ok = 'title: 标题\ntype: policy\nscript: hans\ndate: 2026-01-21\n';

describe('meta.yml validation names the file, line and key', () => {
  it('accepts a valid file', () => expect(metaError(ok)).toBe('no error'));
  it('missing required key', () => expect(metaError('title: 标题\nscript: hans\ndate: 2026-01-21\n')).toBe('content/sources/x/meta.yml:1: type: required key is missing'));
  it('unknown key', () => expect(metaError(`${ok}author: 某人\n`)).toBe('content/sources/x/meta.yml:5: author: unknown key author'));
  it('unknown type', () => expect(metaError(ok.replace('policy', 'pollicy'))).toBe('content/sources/x/meta.yml:2: type: expected one of policy | transcript | news | interpretation'));
  it('bad date', () => expect(metaError(ok.replace('2026-01-21', '2026-02-30'))).toBe('content/sources/x/meta.yml:4: date: not a real calendar date'));
  it('not YAML', () => expect(metaError('title: [unclosed\ntype: policy\n')).toMatch(/^content\/sources\/x\/meta\.yml:\d+: not valid YAML/));
  it('a nested field', () => expect(metaError(`${ok}corrections:\n  - find: x\n    replace: y\n`)).toBe('content/sources/x/meta.yml:6: corrections.0.reason: required key is missing'));
});
