import { useCallback, useEffect, useState } from 'react';
import type { KitLibrary } from '@/lib/kits/kit-store';
import type { KitPrefs } from '@/lib/kits/kit-prefs';
import { libraryWasSaved, loadKitPrefs, loadLibrary, saveKitPrefs, saveLibrary, watchKitStorage } from '@/lib/kits/kit-repository';
import { browserManagedSource, readManagedPolicy, type ManagedPolicy, type ManagedSource } from '@/lib/kits/managed-kit';

export interface KitWorkspace {
  library: KitLibrary;
  prefs: KitPrefs;
  managed: ManagedPolicy;
  /** False until the first kit is saved: the dashboard shows the first-run setup. */
  saved: boolean;
}

/** Everything the Kit tab shows, kept current when another page (or the administrator) changes it. */
export function useKitWorkspace(managedSource: ManagedSource = browserManagedSource) {
  const [workspace, setWorkspace] = useState<KitWorkspace | null>(null);
  const [prefsLocation, setPrefsLocation] = useState<'sync' | 'local' | null>(null);
  const reload = useCallback(async () => {
    const [library, prefs, managed, saved] = await Promise.all([loadLibrary(), loadKitPrefs(), readManagedPolicy(managedSource), libraryWasSaved()]);
    setWorkspace({ library, prefs, managed, saved });
  }, [managedSource]);
  useEffect(() => {
    void reload();
    const stopStorage = watchKitStorage(() => void reload());
    const stopManaged = managedSource.watch(() => void reload());
    return () => {
      stopStorage();
      stopManaged();
    };
  }, [reload, managedSource]);
  return {
    workspace,
    prefsLocation,
    saveLibrary: async (library: KitLibrary) => {
      await saveLibrary(library);
      await reload();
    },
    savePrefs: async (prefs: KitPrefs) => {
      setPrefsLocation(await saveKitPrefs(prefs));
      await reload();
    },
  };
}
