import { storage } from 'wxt/utils/storage';
import { fitsSyncQuota, parseKitPrefs, type KitPrefs } from './kit-prefs';
import { KIT_PREFS_KEY } from './kit-storage-keys';

// The kit preferences' storage items for the extension's pages and worker (the page reads the same keys by hand:
// kit-repository.ts). One key in two areas: storage.sync follows the person across their browsers, storage.local
// holds them where sync is unavailable or over quota. The document carries its own version (kit-prefs.ts).
export const kitPrefsSyncItem = storage.defineItem<unknown>(`sync:${KIT_PREFS_KEY}`);
export const kitPrefsLocalItem = storage.defineItem<unknown>(`local:${KIT_PREFS_KEY}`);

/** storage.sync's copy wins; the local one is read only when sync holds none or is unavailable. */
export async function loadKitPrefs(): Promise<KitPrefs> {
  try {
    const synced = await kitPrefsSyncItem.getValue();
    if (synced !== null) return parseKitPrefs(synced);
  } catch {
    // storage.sync unavailable (e.g. disabled by policy): fall through to the local copy.
  }
  return parseKitPrefs(await kitPrefsLocalItem.getValue());
}

/** Returns where the preferences landed: 'sync' normally, 'local' when sync refused them or they exceed its quota. */
export async function saveKitPrefs(prefs: KitPrefs): Promise<'sync' | 'local'> {
  if (fitsSyncQuota(prefs)) {
    try {
      await kitPrefsSyncItem.setValue(prefs);
      await kitPrefsLocalItem.removeValue();
      return 'sync';
    } catch {
      // Quota or rate limit (MAX_WRITE_OPERATIONS_PER_MINUTE): keep them on this browser.
    }
  }
  await kitPrefsLocalItem.setValue(prefs);
  return 'local';
}
