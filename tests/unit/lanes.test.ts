import { describe, expect, it } from 'vitest';
import { inLanes } from '../../src/lib/lanes.ts';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('inLanes', () => {
  it('runs every item, never more than the lanes at once, starting them in order', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await inLanes([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('after a failure starts nothing more and rejects with the first failure once the running ones end', async () => {
    const ended: number[] = [];
    const run = inLanes([1, 2, 3, 4, 5, 6], 2, async (n) => {
      await tick();
      if (n === 2) throw new Error('part 2 failed');
      ended.push(n);
    });
    await expect(run).rejects.toThrow('part 2 failed');
    expect(ended).toEqual([1, 3]);
  });

  it('no items: nothing runs', async () => {
    await expect(inLanes([], 4, async () => {
      throw new Error('ran');
    })).resolves.toBeUndefined();
  });
});
