import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildStarterKit } from '@/lib/engine';
import { KITS_KEY, KITS_VERSION, KIT_PREFS_KEY, KIT_PREFS_VERSION } from '@/lib/kits/kit-storage-keys';
import { DEFAULT_KIT_PREFS } from '@/lib/kits/kit-prefs';
import { kitsItem, libraryWasSaved, loadStoredLibrary, saveLibrary } from '@/lib/kits/kits-item';
import { kitPrefsLocalItem, kitPrefsSyncItem, loadKitPrefs } from '@/lib/kits/kit-prefs-item';
import { loadTeamKit } from '@/lib/team/team-kits-item';
import { pageKitStorage as page } from '@/lib/kits/kit-repository';
import { TEAM_KITS_KEY } from '@/lib/team/team-kit';
import { unpackText } from '@/lib/packed-text';

const kit = buildStarterKit({ name: 'Acme', packs: [] });
// Exactly what storage held before the items existed (no WXT meta keys): both readers must take it as it is.
const oldLibrary = { version: 1, activeId: 'main', kits: [{ id: 'main', kit, updatedAt: 1 }] };
const oldPrefs = { version: 1, siteKits: { 'x.com': 'main' }, gateMode: 'require-reason' };
const noStarter = () => {
  throw new Error('the stored library should have been read');
};

describe('kit storage items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('share the key and format version with the in-page reader', () => {
    expect(kitsItem.key).toBe(`local:${KITS_KEY}`);
    expect(kitPrefsSyncItem.key).toBe(`sync:${KIT_PREFS_KEY}`);
    expect(kitPrefsLocalItem.key).toBe(`local:${KIT_PREFS_KEY}`);
    expect([KITS_VERSION, KIT_PREFS_VERSION, DEFAULT_KIT_PREFS.version]).toEqual([1, 1, 1]);
  });

  it('read a library, prefs and team kit stored before the items existed, as the page does', async () => {
    await fakeBrowser.storage.local.set({
      [KITS_KEY]: oldLibrary,
      [KIT_PREFS_KEY]: oldPrefs,
      [TEAM_KITS_KEY]: { kits: [{ id: 'team', kit }] },
    });
    expect(await libraryWasSaved()).toBe(true);
    expect(await loadStoredLibrary()).toEqual(oldLibrary);
    expect(await page.loadLibrary(noStarter)).toEqual(oldLibrary);
    expect(await loadKitPrefs()).toEqual(oldPrefs);
    expect(await page.loadKitPrefs()).toEqual(oldPrefs);
    expect((await loadTeamKit())?.id).toBe('team');
    expect((await page.loadTeamKit())?.id).toBe('team');
  });

  it("sync's prefs win over the local copy in both readers; an unreadable library counts as none", async () => {
    await fakeBrowser.storage.sync.set({ [KIT_PREFS_KEY]: { version: 1, siteKits: {} } });
    await fakeBrowser.storage.local.set({
      [KIT_PREFS_KEY]: oldPrefs,
      [KITS_KEY]: { version: 9 },
    });
    expect(await loadKitPrefs()).toEqual({ version: 1, siteKits: {} });
    expect(await page.loadKitPrefs()).toEqual({ version: 1, siteKits: {} });
    expect(await loadStoredLibrary()).toBeUndefined();
  });

  it('writes the library in the shape the page reads', async () => {
    expect(await libraryWasSaved()).toBe(false);
    await saveLibrary(oldLibrary as Parameters<typeof saveLibrary>[0]);
    // As one string (packed), marked as checked (checked-library.ts), which the page's reader takes off.
    expect(
      JSON.parse(await unpackText((await fakeBrowser.storage.local.get(KITS_KEY))[KITS_KEY] as string)),
    ).toEqual({
      ...oldLibrary,
      checked: { by: expect.any(String), keys: { main: expect.any(String) } },
    });
    expect(await page.loadLibrary(noStarter)).toEqual(oldLibrary);
  });
});
