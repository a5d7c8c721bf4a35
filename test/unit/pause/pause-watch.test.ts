import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchPause } from '@/lib/assistant/pause-watch';
import { currentPause } from '@/lib/assistant/ui-state';
import { PAUSE_KEY, startPause } from '@/lib/pause/pause';

// The page's side of the crisis pause: read from extension storage and followed; an unreadable storage (the
// extension reloading under the page) is logged and leaves no pause in force, never an unhandled rejection.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the crisis pause in the page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    currentPause.value = undefined;
  });

  it('follows the stored pause', async () => {
    const doc = startPause(
      { version: 1, pauses: [] },
      { id: 'p', now: Date.now(), reason: 'Recall', terms: [] },
    );
    await browser.storage.local.set({ [PAUSE_KEY]: doc });
    const stop = new AbortController();
    watchPause(stop.signal);
    await settle();
    expect(currentPause.value?.reason).toBe('Recall');
    stop.abort();
  });

  it('logs a failed read and shows no pause', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('Extension context invalidated.'));
    const stop = new AbortController();
    watchPause(stop.signal);
    await settle();
    expect(currentPause.value).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Onbrand: crisis pause not read', expect.any(Error));
    stop.abort();
  });
});
