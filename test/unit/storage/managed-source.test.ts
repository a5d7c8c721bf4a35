import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import {
  browserManagedSource,
  LAST_MANAGED_READ_KEY,
  MANAGED_READ_WAIT_MS,
} from '@/lib/storage/managed-source';

// Chromium's storage.managed.get() can stay pending for good (lib/storage/managed-source.ts): a read must still
// answer, with the last policy the browser gave, and never forget that policy because the browser was slow.

/** `get` has overloads (keys, callback); the reads here use the promise of everything. */
const managedGet = () =>
  vi.spyOn(browser.storage.managed, 'get') as unknown as MockInstance<() => Promise<Record<string, unknown>>>;

const POLICY = { brandKit: { name: 'Acme policy' }, gateMode: 'require-reason' };

describe('the organisation policy read (storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('answers with what the browser gives and keeps it for later, written only when it changed', async () => {
    managedGet().mockResolvedValue(POLICY);
    const set = vi.spyOn(browser.storage.local, 'set');
    expect(await browserManagedSource.read()).toEqual(POLICY);
    expect(await browserManagedSource.read()).toEqual(POLICY);
    expect((await browser.storage.local.get(LAST_MANAGED_READ_KEY))[LAST_MANAGED_READ_KEY]).toEqual(POLICY);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('a browser that never answers: the last policy read, after the wait, not a hang and not "no policy"', async () => {
    await browser.storage.local.set({ [LAST_MANAGED_READ_KEY]: POLICY });
    managedGet().mockReturnValue(new Promise(() => {}));
    vi.useFakeTimers();
    let result: Record<string, unknown> | undefined;
    void browserManagedSource.read().then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(MANAGED_READ_WAIT_MS - 1);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual(POLICY);
    // The kept policy is not overwritten by the unanswered read.
    expect((await browser.storage.local.get(LAST_MANAGED_READ_KEY))[LAST_MANAGED_READ_KEY]).toEqual(POLICY);
  });

  it('never read before and no answer: no policy; a rejecting browser (Firefox without policy): no policy', async () => {
    managedGet().mockReturnValueOnce(new Promise(() => {}));
    vi.useFakeTimers();
    const pending = browserManagedSource.read();
    await vi.advanceTimersByTimeAsync(MANAGED_READ_WAIT_MS);
    expect(await pending).toEqual({});
    vi.useRealTimers();
    managedGet().mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await browserManagedSource.read()).toEqual({});
  });
});
