import type { StructuredDoc } from './types.ts';

/** Keys whose values are identifiers, dates or enums: never converted. */
const KEEP = new Set(['id', 'doc', 'docType', 'kind', 'role', 'turn', 'type', 'script', 'date', 'published', 'from', 'confidence', 'variantOf', 'interprets', 'related', 'implements', 'replaces', 'repeals', 'repealedBy', 'validity', 'basis', 'asOf', 'effective', 'repealed', 'docId', 'turnId', 'mergedInto', 'level', 'inferred']);

function mapStrings<T>(value: T, fn: (s: string) => string, key = ''): T {
  if (KEEP.has(key)) return value;
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, k)])) as T;
  }
  return value;
}

/** Stage 4: every text field of the document through one converter (the caller supplies opencc + dictionaries). */
export function convertDocument(doc: StructuredDoc, convert: (s: string) => string): StructuredDoc {
  return mapStrings(doc, convert);
}
