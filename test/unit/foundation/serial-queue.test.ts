import { describe, expect, it } from 'vitest';
import { createSerialQueue, queued } from '@/lib/serial-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serial queue', () => {
  it('runs tasks one at a time in the order they were queued, each returning its own result', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, waits: number) => async () => {
      log.push(`${name} start`);
      for (let i = 0; i < waits; i++) await tick();
      log.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue(task('a', 3)), queue(task('b', 0)), queue(task('c', 1))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('a failing task rejects its own promise only; the tasks after it still run', async () => {
    const queue = createSerialQueue();
    const failed = queue(async () => {
      throw new Error('storage hiccup');
    });
    const next = queue(() => 'ran');
    await expect(failed).rejects.toThrow('storage hiccup');
    await expect(next).resolves.toBe('ran');
  });

  it('queued() runs each call with its arguments; an empty task waits for all before it', async () => {
    const queue = createSerialQueue();
    const seen: number[] = [];
    const job = queued(queue, async (n: number) => {
      await tick();
      seen.push(n);
    });
    void job(1);
    void job(2);
    void queue(async () => {
      throw new Error('ignored');
    }).catch(() => undefined);
    void job(3);
    await queue(() => undefined);
    expect(seen).toEqual([1, 2, 3]);
  });
});
