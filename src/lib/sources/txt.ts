import { ContentError } from '../schema/friendly.ts';
import type { Read } from './read.ts';

/** source.txt: UTF-8 only; anything else is reported, never guessed silently. */
export function readTxt(bytes: Uint8Array, rel: string): Read {
  if (bytes.length === 0) throw new ContentError(rel, 1, undefined, 'the file is empty');
  if (bytes.includes(0)) throw new ContentError(rel, undefined, undefined, 'binary file (contains NUL bytes), expected UTF-8 text');
  try {
    return { raw: new TextDecoder('utf-8', { fatal: true }).decode(bytes), facts: {} };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).filter((b) => b === 10).length + 1;
    throw new ContentError(rel, line, undefined, `not UTF-8 (invalid byte at offset ${offset}); GBK or Big5? convert it with iconv -f GBK -t UTF-8`);
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >> 5 === 6 ? 1 : c >> 4 === 14 ? 2 : c >> 3 === 30 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || b[i + k]! >> 6 !== 2) return i;
    i += n + 1;
  }
  return b.length;
}
