/**
 * Browser storage for kits: the library in storage.local (large), the small preferences in storage.sync
 * (falling back to storage.local where sync is unavailable or over quota).
 */
import { browser } from 'wxt/browser';
import { KITS_KEY, readLibrary, type KitLibrary, type StarterKits } from './kit-library-schema';
import { TEAM_KITS_KEY, teamKitInForce, type TeamKitInForce } from '@/lib/team/team-kit';
import { DEFAULT_KIT_PREFS, KIT_PREFS_KEY, fitsSyncQuota, parseKitPrefs, type KitPrefs } from './kit-prefs';

/** True once any kit was saved (the first-run setup shows until then). */
export async function libraryWasSaved(): Promise<boolean> {
  return (await browser.storage.local.get(KITS_KEY))[KITS_KEY] !== undefined;
}

/** The stored library, or undefined when none is stored or it is unreadable. */
export async function loadStoredLibrary(): Promise<KitLibrary | undefined> {
  return readLibrary((await browser.storage.local.get(KITS_KEY))[KITS_KEY] ?? undefined);
}

/** The stored library, or the starter library `starter` gives when there is none (see kit-library-schema's readLibrary). */
export async function loadLibrary(starter: StarterKits): Promise<KitLibrary> {
  return (await loadStoredLibrary()) ?? (await starter());
}

export async function saveLibrary(library: KitLibrary): Promise<void> {
  await browser.storage.local.set({ [KITS_KEY]: library });
}

/** The team's kit in force (team mode; mirrored by the background's sync loop), or null. */
export async function loadTeamKit(): Promise<TeamKitInForce | null> {
  return teamKitInForce((await browser.storage.local.get(TEAM_KITS_KEY))[TEAM_KITS_KEY]);
}

export async function loadKitPrefs(): Promise<KitPrefs> {
  try {
    const synced = (await browser.storage.sync.get(KIT_PREFS_KEY))[KIT_PREFS_KEY];
    if (synced !== undefined) return parseKitPrefs(synced);
  } catch {
    // storage.sync unavailable (e.g. disabled by policy): fall through to the local copy.
  }
  const local = (await browser.storage.local.get(KIT_PREFS_KEY))[KIT_PREFS_KEY];
  return local === undefined ? DEFAULT_KIT_PREFS : parseKitPrefs(local);
}

/** Returns where the preferences landed: 'sync' normally, 'local' when sync refused them or they exceed its quota. */
export async function saveKitPrefs(prefs: KitPrefs): Promise<'sync' | 'local'> {
  if (fitsSyncQuota(prefs)) {
    try {
      await browser.storage.sync.set({ [KIT_PREFS_KEY]: prefs });
      await browser.storage.local.remove(KIT_PREFS_KEY);
      return 'sync';
    } catch {
      // Quota or rate limit (MAX_WRITE_OPERATIONS_PER_MINUTE): keep them on this browser.
    }
  }
  await browser.storage.local.set({ [KIT_PREFS_KEY]: prefs });
  return 'local';
}

/** Calls back whenever the library, the kit preferences or the team's kits change, in any area. */
export function watchKitStorage(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (
      (area === 'local' && (KITS_KEY in changes || KIT_PREFS_KEY in changes || TEAM_KITS_KEY in changes)) ||
      (area === 'sync' && KIT_PREFS_KEY in changes)
    )
      onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
