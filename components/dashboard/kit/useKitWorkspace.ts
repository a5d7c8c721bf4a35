import { useCallback, useEffect, useRef, useState } from 'react';
import type { KitLibrary } from '@/lib/kits/kit-library-schema';
import { defaultLibrary } from '@/lib/kits/starter-library';
import type { KitPrefs } from '@/lib/kits/kit-prefs';
import { libraryWasSaved, loadLibrary, saveLibrary } from '@/lib/kits/kits-item';
import { loadKitPrefs, saveKitPrefs } from '@/lib/kits/kit-prefs-item';
import { kitItems } from '@/lib/kits/kit-items';
import { parseManagedPolicy, readManagedPolicy, type ManagedPolicy } from '@/lib/kits/managed-kit';
import { browserManagedSource, type ManagedSource } from '@/lib/storage/managed-source';

const NO_POLICY = parseManagedPolicy({});

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
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const run = ++latest.current;
    // Chromium's first storage.managed read waits for the policy service (5.6 s measured on a fresh profile), so
    // the local kits are shown as soon as they are read and an organisation's kit replaces them when it arrives.
    const managedRead = readManagedPolicy(managedSource);
    const [library, prefs, saved] = await Promise.all([
      loadLibrary(defaultLibrary),
      loadKitPrefs(),
      libraryWasSaved(),
    ]);
    if (run !== latest.current) return;
    setWorkspace((previous) => ({ library, prefs, saved, managed: previous?.managed ?? NO_POLICY }));
    const managed = await managedRead;
    if (run === latest.current) setWorkspace({ library, prefs, managed, saved });
  }, [managedSource]);
  useEffect(() => {
    void reload();
    const stopStorage = kitItems.watch(() => void reload());
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
