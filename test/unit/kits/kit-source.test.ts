import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildStarterKit, type BrandKit, type Checker } from '@/lib/engine';
import { KITS_KEY, type KitLibrary } from '@/lib/kits/kit-library-schema';
import { defaultLibrary } from '@/lib/kits/starter-library';
import { watchActiveChecker } from '@/lib/kits/kit-source';
import { pageKitStorage, type KitStorage } from '@/lib/kits/kit-repository';
import { KIT_PREFS_KEY } from '@/lib/kits/kit-prefs';
import { TEAM_KITS_KEY } from '@/lib/team/team-kit';
import { loadKitPrefs, saveKitPrefs } from '@/lib/kits/kit-prefs-item';
import { libraryWasSaved } from '@/lib/kits/kits-item';
import { kitItems } from '@/lib/kits/kit-items';
import type { ManagedSource } from '@/lib/storage/managed-source';

const kitWith = (name: string, term: string): BrandKit => ({
  ...buildStarterKit({ name, packs: [] }),
  bannedTerms: [{ term, category: 'custom', severity: 'block' }],
});
const library: KitLibrary = {
  version: 1,
  activeId: 'main',
  kits: [
    { id: 'main', kit: kitWith('Main', 'alpha'), updatedAt: 1 },
    { id: 'client', kit: kitWith('Client', 'bravo'), updatedAt: 1 },
  ],
};

/** A managed source the test controls, standing in for storage.managed (which an extension cannot write). */
function fakeManaged(): ManagedSource & { set(values: Record<string, unknown>): void } {
  let values: Record<string, unknown> = {};
  const listeners = new Set<() => void>();
  return {
    read: async () => values,
    watch(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    set(next) {
      values = next;
      listeners.forEach((l) => l());
    },
  };
}

// The page reads the kits by hand (kit-repository.ts), the extension's pages through the storage items
// (kit-items.ts): both must follow the same stored values.
describe.each([
  ['the in-page reader', undefined],
  ['the storage items', kitItems],
] as Array<[string, KitStorage | undefined]>)('watchActiveChecker through %s', (_, storage) => {
  beforeEach(() => fakeBrowser.reset());

  async function latest(hostname: string, managed: ManagedSource) {
    const seen: Array<{ checker: Checker; kit: BrandKit; origin: string }> = [];
    const stop = await watchActiveChecker(
      (checker, kit, resolved) => seen.push({ checker, kit, origin: resolved.origin }),
      { hostname, managedSource: managed, starter: defaultLibrary, storage },
    );
    return { seen, stop, last: () => seen[seen.length - 1] };
  }

  it('picks the site kit for its hostname and follows changes of the library, the prefs and the policy', async () => {
    await fakeBrowser.storage.local.set({ [KITS_KEY]: library });
    await saveKitPrefs({ version: 1, siteKits: { 'x.com': 'client' } });
    const managed = fakeManaged();
    const onX = await latest('x.com', managed);
    const elsewhere = await latest('weibo.com', managed);
    expect(onX.last().kit.profile.name).toBe('Client');
    expect(onX.last().checker.check('bravo team', { platform: 'x' })).toHaveLength(1);
    expect(elsewhere.last().kit.profile.name).toBe('Main');

    await saveKitPrefs({ version: 1, siteKits: {} });
    await expect.poll(() => onX.last().kit.profile.name).toBe('Main');

    managed.set({ brandKit: JSON.stringify(kitWith('Org', 'charlie')), gateMode: 'require-reason' });
    await expect.poll(() => elsewhere.last().origin).toBe('managed');
    expect(elsewhere.last().kit.gate).toEqual({ mode: 'require-reason' });
    expect(elsewhere.last().checker.check('charlie', { platform: 'x' })).toHaveLength(1);

    onX.stop();
    elsewhere.stop();
  });

  it("follows the team's kit: in force as soon as it is mirrored, edits recompile, gone when the team is left", async () => {
    await fakeBrowser.storage.local.set({ [KITS_KEY]: library });
    const watch = await latest('weibo.com', fakeManaged());
    expect(watch.last().origin).toBe('active');
    const mirror = (term: string) => ({
      kits: [
        { id: 'z-other', kit: kitWith('Other team kit', 'zulu') },
        { id: 'acme', kit: kitWith('Team', term), review: { weibo: ['post'] } },
      ],
      review: { weibo: ['post'] },
    });
    await fakeBrowser.storage.local.set({ [TEAM_KITS_KEY]: mirror('delta') });
    await expect.poll(() => watch.last().origin).toBe('team');
    expect(watch.last().kit.profile.name).toBe('Team');
    expect(
      watch
        .last()
        .checker.check('delta alpha', { platform: 'weibo' })
        .map((f) => f.text),
    ).toEqual(['delta']);
    await fakeBrowser.storage.local.set({ [TEAM_KITS_KEY]: mirror('echo') });
    await expect.poll(() => watch.last().checker.check('echo', { platform: 'weibo' }).length).toBe(1);
    await fakeBrowser.storage.local.remove(TEAM_KITS_KEY);
    await expect.poll(() => watch.last().origin).toBe('active');
    expect(watch.last().kit.profile.name).toBe('Main');
    watch.stop();
  });

  it('without any saved kit the starter kit applies, and nothing counts as saved', async () => {
    const { last, stop } = await latest('x.com', fakeManaged());
    expect(last().kit.bannedTerms.length).toBeGreaterThan(50);
    expect(await libraryWasSaved()).toBe(false);
    stop();
  });

  it('prefs go to storage.sync; when over quota they stay local', async () => {
    expect(await saveKitPrefs({ version: 1, siteKits: { 'x.com': 'client' } })).toBe('sync');
    expect((await fakeBrowser.storage.sync.get(KIT_PREFS_KEY))[KIT_PREFS_KEY]).toBeDefined();
    const huge = {
      version: 1 as const,
      siteKits: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`s${i}.example.com`, `kit-${i}`])),
    };
    await fakeBrowser.storage.sync.clear();
    expect(await saveKitPrefs(huge)).toBe('local');
    expect(Object.keys((await loadKitPrefs()).siteKits)).toHaveLength(1000);
    expect(Object.keys((await pageKitStorage.loadKitPrefs()).siteKits)).toHaveLength(1000);
  });
});
