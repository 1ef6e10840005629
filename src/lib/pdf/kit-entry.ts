import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PdfJob } from './jobs.ts';

/** One PDF of the kit as dist/manifest.json and the pages' “N 页 · 420 KB” describe it. */
export interface KitEntry {
  kind: PdfJob['kind'];
  locale: string;
  id: string;
  pdf: string;
  pages: number;
  bytes: number;
  sha256: string;
  /** a booklet: the documents it prints, in order */
  docs?: string[];
}

/** Write a job's PDF into dist/ and describe it. */
export function writePdf(dist: string, job: PdfJob, bytes: Uint8Array, pages: number): KitEntry {
  const out = join(dist, job.pdf);
  mkdirSync(dirname(out), { recursive: true });
  // write beside, then rename: a failed build never leaves a half-written PDF
  writeFileSync(`${out}.tmp`, bytes);
  renameSync(`${out}.tmp`, out);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { kind: job.kind, locale: job.locale, id: job.id, pdf: job.pdf, pages, bytes: bytes.length, sha256, ...(job.docs ? { docs: job.docs } : {}) };
}
