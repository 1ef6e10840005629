import { z } from 'astro/zod';

/** The editor's interface: content/sources/<doc-id>/meta.yml. Every field is documented here and in the README. */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD').refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  'not a real calendar date',
);
const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]');
const docId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case doc id');

export const correctionSchema = z.strictObject({
  /** exact text as it appears in source.txt (after boilerplate removal) */
  find: z.string().min(1),
  replace: z.string(),
  /** why: what damage this repairs and how the repair was established */
  reason: z.string().min(1),
  /** how many times `find` must occur; the build fails if it does not (default 1) */
  count: z.number().int().positive().optional(),
});

export const attributionSchema = z.strictObject({
  /** the first characters of the turn, punctuation width and spaces ignored */
  startsWith: z.string().min(4),
  speaker: z.string().min(1),
  /** true: no source labels the turn; the page shows the name as 推定 */
  inferred: z.boolean(),
  confidence: z.enum(['high', 'medium']).optional(),
  note: z.string().optional(),
});

export const metaSchema = z.strictObject({
  /** Simplified title of the document (the page's h1) */
  title: z.string().min(1),
  type: z.enum(['policy', 'transcript', 'news', 'interpretation']),
  /** script of the raw source.txt */
  script: z.enum(['hans', 'hant']),
  /** a Traditional source's standard: tw (Taiwan, the default), hk or mo (Hong Kong's tables); picks how zh-Hans is made */
  region: z.enum(['tw', 'hk', 'mo']).optional(),
  /** the document's own date: issue date, event date or publication date, whichever it is known by */
  date: isoDate,
  /** how the date was established when the text does not state it */
  dateNote: z.string().optional(),
  issuer: z.string().optional(),
  /** only when the text gives it; never invented */
  docNumber: z.string().optional(),
  published: isoDateTime.optional(),
  publisher: z.string().optional(),
  source: z.string().optional(),
  /** this document is another record of the same event or text; it is merged into that one */
  variantOf: docId.optional(),
  /** documents this one explains or reports on */
  interprets: z.array(docId).optional(),
  related: z.array(docId).optional(),
  /** exact-string repairs for damage no rule can undo */
  corrections: z.array(correctionSchema).optional(),
  /** transcripts: names and roles of the people who speak */
  speakers: z.array(z.strictObject({ name: z.string().min(1), role: z.string().optional() })).optional(),
  /** transcripts: speakers for turns the source does not label */
  attributions: z.array(attributionSchema).optional(),
  /** spaces inside Chinese text: auto (detect), strip (scraper noise) or keep (bylines, slogans) */
  spaces: z.enum(['auto', 'strip', 'keep']).optional(),
  /** phrases whose inner space is legitimate, kept whatever the space policy */
  keepSpaces: z.array(z.string()).optional(),
});

export type Meta = z.infer<typeof metaSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
