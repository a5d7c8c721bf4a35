import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadPausedHosts, onPausedHostsChanged } from '@/lib/storage/paused-hosts';
import { saveSettings, loadSettings } from '@/lib/storage/settings-store';
import { SETTINGS_KEY, SETTINGS_VERSION } from '@/lib/storage/settings';

// The page-load script's hand-read of the paused hosts must agree with the full settings parse.
describe('paused hosts (page-load script, without zod)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the settings store saved, and nothing when nothing is stored', async () => {
    expect(await loadPausedHosts()).toEqual([]);
    await saveSettings({ pausedHosts: ['x.com', 'weibo.com'] });
    expect(await loadPausedHosts()).toEqual((await loadSettings()).pausedHosts);
    expect(await loadPausedHosts()).toEqual(['x.com', 'weibo.com']);
  });

  it('reads a malformed value or another version as no host paused', async () => {
    for (const stored of [
      { version: SETTINGS_VERSION, value: { pausedHosts: 'x.com' } },
      { version: SETTINGS_VERSION, value: { pausedHosts: ['x.com', 3] } },
      { version: SETTINGS_VERSION - 1, value: { pausedHosts: ['x.com'] } },
      'settings',
    ]) {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
      expect(await loadPausedHosts()).toEqual([]);
    }
  });

  it('reports changes', async () => {
    const seen: string[][] = [];
    const stop = onPausedHostsChanged((hosts) => seen.push(hosts));
    await saveSettings({ pausedHosts: ['x.com'] });
    stop();
    await saveSettings({ pausedHosts: [] });
    expect(seen).toEqual([['x.com']]);
  });
});
