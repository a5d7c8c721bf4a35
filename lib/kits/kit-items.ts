import type { KitStorage } from './kit-repository';
import { kitsItem, loadLibrary } from './kits-item';
import { kitPrefsLocalItem, kitPrefsSyncItem, loadKitPrefs } from './kit-prefs-item';
import { loadTeamKit, teamKitsItem } from '@/lib/team/team-kits-item';

/** What the kit in force is made of, through the storage items (the extension's pages; the page uses its own). */
export const kitItems: KitStorage = {
  loadLibrary,
  loadKitPrefs,
  loadTeamKit,
  watch(onChange) {
    const stops = [kitsItem, kitPrefsSyncItem, kitPrefsLocalItem, teamKitsItem].map((item) =>
      item.watch(() => onChange()),
    );
    return () => stops.forEach((stop) => stop());
  },
};
