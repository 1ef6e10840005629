import { z } from 'astro/zod';

/** The generated MDX's frontmatter (written by src/lib/pipeline/emit-mdx.ts); strict so drift between the two fails. */

const tocEntry = z.strictObject({
  id: z.string(),
  label: z.string(),
  depth: z.number(),
  turn: z.enum(['question', 'answer', 'host', 'statement', 'missing-question']).optional(),
  excerpt: z.string().optional(),
});

/** A document's status as the pipeline computed it (src/lib/pipeline/status.ts, DocStatus). */
const statusSchema = z.strictObject({
  validity: z.enum(['in-force', 'amended', 'repealed', 'not-yet-in-force', 'expired']).optional(),
  basis: z.enum(['editor', 'period', 'repealed-by', 'effective']).optional(),
  asOf: z.string().optional(),
  effective: z.string().optional(),
  repealed: z.string().optional(),
  period: z.strictObject({ from: z.number(), to: z.number() }).optional(),
  repealedBy: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const frontmatter = z.strictObject({
  title: z.string(),
  docId: z.string(),
  locale: z.enum(['zh-hans', 'zh-hant']),
  lang: z.enum(['zh-Hans', 'zh-Hant']),
  type: z.enum(['policy', 'transcript', 'news', 'interpretation']),
  sourceScript: z.enum(['hans', 'hant']),
  date: z.string(),
  dateNote: z.string().optional(),
  issuer: z.string().optional(),
  docNumber: z.string().optional(),
  published: z.string().optional(),
  publisher: z.string().optional(),
  source: z.string().optional(),
  credit: z.string().optional(),
  sourceTitle: z.string().optional(),
  abstract: z.string().optional(),
  variantOf: z.string().optional(),
  mergedInto: z.string().optional(),
  interprets: z.array(z.string()).optional(),
  related: z.array(z.string()).optional(),
  implements: z.array(z.string()).optional(),
  replaces: z.array(z.string()).optional(),
  repeals: z.array(z.string()).optional(),
  status: statusSchema.optional(),
  /** the source file as received, published at sources/<docId>/<name> */
  original: z.strictObject({ name: z.string(), bytes: z.number() }).optional(),
  toc: z.array(tocEntry),
});

/** A catalogue entry's facts: the frontmatter without the contents list (the largest field), with its reading time
 * in minutes and whether a fact sheet is made for it. */
export const catalogData = frontmatter.omit({ toc: true }).extend({ minutes: z.number(), factsheet: z.boolean() });
export type CatalogData = z.infer<typeof catalogData>;
