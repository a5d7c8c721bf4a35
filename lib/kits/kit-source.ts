import { compileKit, type BrandKit, type Checker } from '@/lib/engine';
import { checkerFromStore, readCompiledKit } from './compiled-kit-cache';
import { resolveKit, type ResolvedKit } from './kit-library';
import type { StarterKits } from './kit-library-schema';
import { pageKitStorage, type KitStorage } from './kit-repository';
import { readManagedPolicy } from './managed-kit';
import { browserManagedSource, type ManagedSource } from '../storage/managed-source';

export interface WatchOptions {
  /** The library in force when none is stored (starter-library.ts's defaultLibrary, or the page's starter part). */
  starter: StarterKits;
  /** The page's hostname, for per-site kits. Defaults to the current document's (content scripts). */
  hostname?: string;
  managedSource?: ManagedSource;
  /** Defaults to the in-page reader (no wxt/storage in the page); the extension's pages pass kit-items.ts's. */
  storage?: KitStorage;
  /** Runs before each load, e.g. to inject what the stored kits need (the assistant's optional parts). */
  beforeLoad?: () => Promise<void>;
  /** The in-page assistant: reuse the kit compiled by an earlier page (compiled-kit-cache.ts) and store its own. */
  compiledStore?: boolean;
}

/** The kit in force here (managed > team > per-site > active), compiled once, recompiled when any of them changes. */
export async function watchActiveChecker(
  onChecker: (checker: Checker, kit: BrandKit, resolved: ResolvedKit) => void,
  options: WatchOptions,
): Promise<() => void> {
  const hostname = options.hostname ?? globalThis.location?.hostname;
  const managedSource = options.managedSource ?? browserManagedSource;
  const storage = options.storage ?? pageKitStorage;
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    // The preferences (which parse no kit) start with the parts check, not after it. The compiled form does not:
    // read first, its 337,367 characters (the starter kit) would hold up the library's read behind it, and the
    // starter kit's build would no longer run while the form is on its way (no gain measured, bench README).
    const prefsRead = storage.loadKitPrefs();
    prefsRead.catch(() => undefined);
    await options.beforeLoad?.();
    const [library, managed, team, prefs, compiled] = await Promise.all([
      storage.loadLibrary(options.starter),
      readManagedPolicy(managedSource),
      storage.loadTeamKit(),
      prefsRead,
      options.compiledStore ? readCompiledKit() : undefined,
    ]);
    if (mine !== generation) return; // A newer change already reloaded.
    const resolved = resolveKit({ library, prefs, managed, team, hostname });
    const checker = options.compiledStore
      ? await checkerFromStore(resolved.kit, compiled)
      : compileKit(resolved.kit);
    if (mine !== generation) return;
    onChecker(checker, resolved.kit, resolved);
  };
  const stopStorage = storage.watch(() => void load());
  const stopManaged = managedSource.watch(() => void load());
  await load();
  return () => {
    stopStorage();
    stopManaged();
  };
}
