import type { z } from 'astro/zod';

/** A content error that names the file, the line and the field, as editors need it. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly field: string | undefined;
  constructor(file: string, line: number | undefined, field: string | undefined, detail: string, options?: ErrorOptions) {
    super(`${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${detail}`, options);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.field = field;
  }
}

/** Maps a key path to a 1-based line; supplied by the caller, which owns the YAML parser. */
export type LineOf = (path: (string | number)[]) => number | undefined;

const valueAt = (data: unknown, path: PropertyKey[]): unknown =>
  path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
  if (valueAt(data, issue.path) === undefined) return 'required key is missing';
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map(String).join(' | ')}`;
  return issue.message;
}

/** Parse `data` with `schema`; on failure throw one ContentError listing every problem, each with its line. */
export function parseWithFriendlyErrors<T extends z.ZodType>(
  schema: T,
  data: unknown,
  file: string,
  lineOf: LineOf = () => undefined,
): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const field = path.map(String).join('.') || undefined;
    const line = lineOf(path as (string | number)[]);
    return { line, field, text: describe(issue, data) };
  });
  const first = issues[0]!;
  const err = new ContentError(file, first.line, first.field, first.text);
  if (issues.length > 1) {
    err.message += issues
      .slice(1)
      .map((i) => `\n${file}${i.line ? `:${i.line}` : ''}: ${i.field ? `${i.field}: ` : ''}${i.text}`)
      .join('');
  }
  throw err;
}
