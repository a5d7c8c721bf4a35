import { storage } from 'wxt/utils/storage';
import type { KitLibrary, StarterKits } from './kit-library-schema';
import { KITS_KEY } from './kit-storage-keys';
import { checkedLibrary, readStoredLibrary, restoredLibrary } from './checked-library';

/**
 * The one storage item for the kit library in the extension's pages and worker (the page reads the same key by
 * hand: kit-repository.ts). The document carries its own format version (kit-storage-keys.ts's KITS_VERSION, parsed
 * by readLibrary) and is stored as checked-library.ts writes it, so the item has no WXT version; no fallback either:
 * absent means the caller's starter library.
 */
export const kitsItem = storage.defineItem<unknown>(`local:${KITS_KEY}`);

/** True once any kit was saved (the first-run setup shows until then). */
export async function libraryWasSaved(): Promise<boolean> {
  return (await kitsItem.getValue()) !== null;
}

/** The stored library, or undefined when none is stored or it is unreadable. */
export async function loadStoredLibrary(): Promise<KitLibrary | undefined> {
  return readStoredLibrary(await kitsItem.getValue());
}

/** The stored library, or the starter library `starter` gives when there is none. */
export async function loadLibrary(starter: StarterKits): Promise<KitLibrary> {
  return (await loadStoredLibrary()) ?? (await starter());
}

/** Stores the library checked and marked (checked-library.ts), so pages read it without checking it again. */
export async function saveLibrary(library: KitLibrary): Promise<void> {
  await kitsItem.setValue(await checkedLibrary(library));
}

/**
 * After an extension update: the stored library checked and marked by this version (checked-library.ts's
 * restoredLibrary), unless a save came in between, which wins.
 */
export async function restoreLibraryAfterUpdate(): Promise<void> {
  const stored = await kitsItem.getValue();
  const restored = await restoredLibrary(stored);
  if (restored === undefined) return;
  const now = await kitsItem.getValue();
  if (now === stored || JSON.stringify(now) === JSON.stringify(stored)) await kitsItem.setValue(restored);
}
