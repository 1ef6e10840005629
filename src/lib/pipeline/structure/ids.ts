/** Sequential paragraph anchors: p-1, p-2 … in reading order, the same in both scripts. */
export function paraCounter(prefix = 'p'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
