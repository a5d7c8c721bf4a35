import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '@/lib/serial-queue';

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
    const results = await Promise.all([
      queue.run(task('a', 3)),
      queue.run(task('b', 0)),
      queue.run(task('c', 1)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('a failing task rejects its own promise only; the tasks after it still run', async () => {
    const queue = createSerialQueue();
    const failed = queue.run(async () => {
      throw new Error('storage hiccup');
    });
    const next = queue.run(() => 'ran');
    await expect(failed).rejects.toThrow('storage hiccup');
    await expect(next).resolves.toBe('ran');
  });

  it('serial() queues each call with its arguments, and idle() waits for all of them', async () => {
    const queue = createSerialQueue();
    const seen: number[] = [];
    const job = queue.serial(async (n: number) => {
      await tick();
      seen.push(n);
    });
    void job(1);
    void job(2);
    void queue
      .run(async () => {
        throw new Error('ignored');
      })
      .catch(() => undefined);
    void job(3);
    await queue.idle();
    expect(seen).toEqual([1, 2, 3]);
  });
});
