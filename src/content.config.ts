import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const tocEntry = z.strictObject({
  id: z.string(),
  label: z.string(),
  depth: z.number(),
  turn: z.enum(['question', 'answer', 'host', 'statement', 'missing-question']).optional(),
  excerpt: z.string().optional(),
});

/** Frontmatter written by the emitter (src/lib/pipeline/emit-mdx.ts); strict so drift between the two fails the build. */
const docs = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/generated' }),
  schema: z.strictObject({
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
    /** the source file as received, published at sources/<docId>/<name> */
    original: z.strictObject({ name: z.string(), bytes: z.number() }).optional(),
    toc: z.array(tocEntry),
  }),
});

export const collections = { docs };
