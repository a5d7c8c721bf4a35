import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckScheduler } from '@/lib/assistant/check-scheduler';

describe('check scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces bursts of typing into one check', () => {
    let text = '';
    const delivered: string[] = [];
    const scheduler = new CheckScheduler(() => text, (r) => delivered.push(r), 100);
    for (const ch of 'hello') {
      text += ch;
      scheduler.request();
      vi.advanceTimersByTime(30);
    }
    vi.advanceTimersByTime(100);
    expect(delivered).toEqual(['hello']);
  });

  it('stays silent during IME composition and checks once it ends', () => {
    let text = 'ni';
    const delivered: string[] = [];
    const scheduler = new CheckScheduler(() => text, (r) => delivered.push(r), 50);
    scheduler.compositionStart();
    scheduler.request();
    vi.advanceTimersByTime(500);
    expect(delivered).toEqual([]);
    text = '你';
    scheduler.compositionEnd();
    vi.advanceTimersByTime(50);
    expect(delivered).toEqual(['你']);
  });

  it('drops a stale result when a newer request arrived while checking', () => {
    let calls = 0;
    const delivered: number[] = [];
    let scheduler!: CheckScheduler<number>;
    scheduler = new CheckScheduler(
      () => {
        calls++;
        if (calls === 1) scheduler.request(); // text changed while the first check ran
        return calls;
      },
      (r) => delivered.push(r),
      10,
    );
    scheduler.request(true);
    vi.advanceTimersByTime(10);
    expect(delivered).toEqual([2]);
  });
});
