// The PDF cache. A PDF is keyed by the renderer's version, Chromium's, its script's faces and its print page's bytes:
// whatever could change a byte of it re-renders it, and nothing else does (the shards of a build share these keys).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KitFonts } from './fonts.ts';
import type { PdfJob } from './jobs.ts';
import { chromiumVersion } from './render.ts';

const RENDERER_VERSION = 'kit-6';

export interface PdfCache {
  /** the cached PDF of the job's print page as it is now, if any */
  read: (job: PdfJob) => { bytes: Uint8Array; pages: number } | undefined;
  write: (job: PdfJob, bytes: Uint8Array, pages: number) => void;
}

export function pdfCache(dist: string, dir: string, fonts: KitFonts, chromium: string): PdfCache {
  const salt = `${RENDERER_VERSION}|${chromiumVersion(chromium)}`;
  mkdirSync(dir, { recursive: true });
  // read when asked: a booklet's key is that of its page with the page numbers filled in
  const fileOf = (job: PdfJob) =>
    join(dir, `${createHash('sha256').update(salt).update(fonts.keyOf(job.locale)).update(readFileSync(join(dist, job.route, 'index.html'))).digest('hex')}.pdf`);
  return {
    read: (job) => {
      const file = fileOf(job);
      return existsSync(file) ? { bytes: readFileSync(file), pages: Number(readFileSync(`${file}.pages`, 'utf8')) } : undefined;
    },
    write: (job, bytes, pages) => {
      const file = fileOf(job);
      writeFileSync(file, bytes);
      writeFileSync(`${file}.pages`, String(pages));
    },
  };
}
