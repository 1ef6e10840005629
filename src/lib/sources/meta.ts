import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { SourceInput } from '../pipeline/index.ts';
import { ContentError, parseWithFriendlyErrors, type LineOf } from '../schema/friendly.ts';
import { metaSchema, type Meta } from '../schema/meta.ts';
import type { Facts } from './facts.ts';

/**
 * Read one meta.yml, reporting YAML and schema errors with the line they are on. `facts` (what the source file says
 * about itself) fill the keys meta.yml leaves out; a key meta.yml gives always wins, so a required key may be left
 * out when the file supplies it (a web page's ArticleTitle and PubDate) and must be written when it does not.
 */
export function readMeta(file: string, rel: string, facts: Facts = {}): { meta: SourceInput['meta']; lines: Record<string, number>; fromFile: string[] } {
  if (!existsSync(file)) throw new ContentError(rel, undefined, undefined, 'missing: every source folder needs a meta.yml');
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ContentError(rel, e.linePos?.[0].line, undefined, `not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const data = doc.toJS();
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new ContentError(rel, 1, undefined, 'expected a mapping of keys (title:, type:, …)');
  const lineOf = (path: (string | number)[]) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      const n = node as { items?: { key?: { value?: unknown; range?: number[] }; value?: unknown; range?: number[] }[] };
      const item = n?.items?.find((it, i) => (it.key ? it.key.value === key : i === key));
      if (!item) break;
      const range = item.key?.range ?? item.range;
      if (range) line = counter.linePos(range[0]!).line;
      node = item.key ? item.value : item;
    }
    return line ?? 1;
  };
  const { meta, fromFile } = withFacts(data, facts, rel, lineOf);
  const lines = Object.fromEntries(Object.keys(data).map((k) => [k, lineOf([k])]));
  return { meta, lines, fromFile };
}

/** meta.yml's keys with the file's facts filling the keys it leaves out, checked against the schema. */
export function withFacts(data: object, facts: Facts, rel = 'meta.yml', lineOf?: LineOf): { meta: Meta; fromFile: string[] } {
  const fromFile = Object.keys(facts).filter((k) => facts[k as keyof Facts] !== undefined && !(k in data));
  const merged = { ...Object.fromEntries(fromFile.map((k) => [k, facts[k as keyof Facts]])), ...data };
  return { meta: parseWithFriendlyErrors(metaSchema, merged, rel, lineOf), fromFile };
}
