/**
 * The in-page assistant's kit storage: the library in storage.local (large), the small preferences in storage.sync
 * (falling back to storage.local), the team's kit as mirrored. Read by hand rather than through the storage items
 * (kits-item.ts, kit-prefs-item.ts, team-kits-item.ts), which the extension's pages and worker use: wxt/storage
 * would cost the page ~3.7 KB gzip. Both share the keys and format versions (kit-storage-keys.ts) and the parsers.
 */
import { browser } from 'wxt/browser';
import type { KitLibrary, StarterKits } from './kit-library-schema';
import { checkedLibrary, readCheckedLibrary } from './checked-library';
import { TEAM_KITS_KEY, teamKitInForce, type TeamKitInForce } from '@/lib/team/team-kit';
import { parseKitPrefs, type KitPrefs } from './kit-prefs';
import { KITS_KEY, KIT_PREFS_KEY } from './kit-storage-keys';
import { readLocal, writeLocal } from '@/lib/storage/local-value';

/** Where the library, the kit preferences and the team's kit are read from, and told to have changed. */
export interface KitStorage {
  /** The stored library, or the starter library `starter` gives when there is none or it is unreadable. */
  loadLibrary(starter: StarterKits): Promise<KitLibrary>;
  /** storage.sync's copy wins; the local one is read only when sync holds none or is unavailable. */
  loadKitPrefs(): Promise<KitPrefs>;
  /** The team's kit in force (team mode; mirrored by the background's sync loop), or null. */
  loadTeamKit(): Promise<TeamKitInForce | null>;
  /** Calls back whenever the library, the kit preferences or the team's kits change, in any area. */
  watch(onChange: () => void): () => void;
}

/** The page's reader (kit-source.ts's default); the extension's pages use kit-items.ts's. */
export const pageKitStorage: KitStorage = {
  async loadLibrary(starter) {
    return (await readCheckedLibrary(await readLocal(KITS_KEY))) ?? (await starter());
  },
  async loadKitPrefs() {
    try {
      const synced = (await browser.storage.sync.get(KIT_PREFS_KEY))[KIT_PREFS_KEY];
      if (synced !== undefined) return parseKitPrefs(synced);
    } catch {
      // storage.sync unavailable (e.g. disabled by policy): fall through to the local copy.
    }
    return parseKitPrefs(await readLocal(KIT_PREFS_KEY));
  },
  async loadTeamKit() {
    return teamKitInForce(await readLocal(TEAM_KITS_KEY));
  },
  watch(onChange) {
    // The preferences live in sync or local (no other area holds that key); the kits only in local.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (KIT_PREFS_KEY in changes || (area === 'local' && (KITS_KEY in changes || TEAM_KITS_KEY in changes)))
        onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** For lib/assistant/kit-exception.ts: a "not a problem here" exception goes into the kit in force. */
export const loadLibrary = pageKitStorage.loadLibrary;

/** The page's one write (kit-exception.ts). */
export async function saveLibrary(library: KitLibrary): Promise<void> {
  await writeLocal(KITS_KEY, await checkedLibrary(library));
}
