import { describe, expect, it } from 'vitest';
import { allWithin, type PageData } from './page-data';

const after =
  (ms: number, data: string): (() => Promise<PageData<string>>) =>
  () =>
    new Promise((r) => setTimeout(() => r({ status: 200, data }), ms));

describe('allWithin (the clusters home waits for its cards)', () => {
  it('waits for sources that answer about together', async () => {
    const r = await allWithin(400, 60, [after(10, 'a'), after(40, 'b')]);
    expect(r.map((x) => x.data)).toEqual(['a', 'b']);
  });

  it('a slow source costs the grace after the first answer, not the whole wait', async () => {
    const started = performance.now();
    const r = await allWithin(2_000, 60, [after(10, 'a'), after(1_500, 'slow')]);
    expect(r).toEqual([
      { status: 200, data: 'a' },
      { status: 504, data: null },
    ]);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('gives up at the limit when nothing answers, and a failure counts as an answer', async () => {
    const r = await allWithin(50, 10, [after(1_000, 'x'), () => Promise.reject(new Error('down'))]);
    expect(r).toEqual([
      { status: 504, data: null },
      { status: 503, data: null },
    ]);
  });
});
