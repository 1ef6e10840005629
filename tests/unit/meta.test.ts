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

describe('status and relation fields', () => {
  it('accepts the editor’s status', () => expect(metaError(`${ok}status:\n  validity: 有效\n  effective: 2026-01-21\n  note: 原文称自印发之日起施行\nimplements: [a]\nreplaces: [b]\nrepeals: [b]\n`)).toBe('no error'));
  it('an unknown validity', () => expect(metaError(`${ok}status:\n  validity: 生效\n`)).toBe('content/sources/x/meta.yml:6: status.validity: expected one of 有效 | 已修改 | 已废止 | 尚未生效 | 已到期'));
  it('a bad 施行 date', () => expect(metaError(`${ok}status:\n  note: x\n  effective: 2026-13-01\n`)).toBe('content/sources/x/meta.yml:7: status.effective: not a real calendar date'));
  it('a repeal date on a text stated in force', () => expect(metaError(`${ok}status:\n  validity: 有效\n  repealed: 2026-02-01\n`)).toBe('content/sources/x/meta.yml:7: status.repealed: a repeal date needs validity 已废止 (or no validity)'));
  it('an unknown status key', () => expect(metaError(`${ok}status:\n  valid: 有效\n`)).toBe('content/sources/x/meta.yml:6: status.valid: unknown key valid'));
  it('a relation that is not a doc id', () => expect(metaError(`${ok}repeals: [Old Plan]\n`)).toBe('content/sources/x/meta.yml:5: repeals.0: expected a kebab-case doc id'));
});
