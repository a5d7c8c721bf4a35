import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readPauses, startPause } from '@/lib/pause/pause';
import { whenPauseEnds } from '@/lib/pause/pause-end-timer';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 5, 10);
const pauseUntil = (until?: number) =>
  startPause(readPauses(undefined), { id: 'p', now: NOW, until, reason: 'recall', terms: [] }).pauses[0];

describe('whenPauseEnds', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('calls back once at a timed pause’s end, not before', () => {
    const onEnd = vi.fn();
    whenPauseEnds(pauseUntil(NOW + HOUR), NOW, onEnd);
    vi.advanceTimersByTime(HOUR - 1);
    expect(onEnd).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('sets nothing for no pause or one until switched off; the cancel stops a pending call', () => {
    const onEnd = vi.fn();
    whenPauseEnds(undefined, NOW, onEnd);
    whenPauseEnds(pauseUntil(), NOW, onEnd);
    whenPauseEnds(pauseUntil(NOW + HOUR), NOW, onEnd)();
    vi.advanceTimersByTime(400 * 24 * HOUR);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('a pause longer than setTimeout can hold calls back at its limit (~24.8 days), to be looked at again', () => {
    const onEnd = vi.fn();
    whenPauseEnds(pauseUntil(NOW + 60 * 24 * HOUR), NOW, onEnd);
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });
});
