import { browser } from 'wxt/browser';
import { readLibrary, type KitLibrary } from './kit-library-schema';
import { kitKey } from './kit-key';
import { KITS_VERSION } from './kit-storage-keys';
import { KIT_VERSION } from '@/lib/engine/kit-version';
import { knownKitKeys } from './known-kit-keys';
import { PACKS, packText, unpackText } from '@/lib/packed-text';

// The library as its writers store it: checked through the schema once, when saved, with each kit's kitKey. A
// page's first focus then neither parses the whole library through the schema again nor hashes the kit in force
// (the 300,000-character library: 11–300 ms of schema parse and 10–20 ms of hashing in Node at load 15, issue 18;
// a first focus after the setup 458 → 386 ms on x.com, test/bench/README.md round 18). storage.local is
// written only by the extension's own contexts, so the mark can only come from a writer that checked. It names the
// extension version that checked: after an update the worker stores the library anew (restoredLibrary), and until
// it has, the reader checks a library an older version marked.
// It is stored as one JSON string: a string crosses from storage to the page as is, where the same library as an
// object graph is converted value by value (the starter-sized library: 77–135 ms as an object, 20–26 ms as a
// string, JSON.parse 1–2 ms; Chromium, load 3–6, issue 18), packed in Chrome's build (lib/packed-text.ts: the
// starter-sized library's 300,000 characters are ≈34,000; Firefox's build stores the JSON). Readers still take the
// JSON or the object a build before round 19 stored.

interface LibraryCheck {
  /** KITS_VERSION, KIT_VERSION and the extension's version that checked the library. */
  by: string;
  /** Each kit's kitKey, by kit id. */
  keys: Record<string, string>;
}

type CheckedLibrary = KitLibrary & { checked?: LibraryCheck };

function checker(): string {
  let version = '';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // No manifest (a test's fake browser): the mark then matches only this same context's.
  }
  return `${KITS_VERSION}.${KIT_VERSION}.${version}`;
}

/**
 * What a writer stores, as one string (packed where the build packs): the library as the schema reads it, marked as
 * checked, when every kit passes the checks; otherwise the library exactly as given, unmarked (nothing is dropped:
 * its readers skip the kits that fail).
 */
export async function checkedLibrary(library: KitLibrary): Promise<string> {
  const read = readLibrary(library);
  if (!read || read.kits.length !== library.kits.length) return toStorage(library);
  const keys: Record<string, string> = {};
  for (const entry of read.kits) keys[entry.id] = await kitKey(entry.kit);
  const stored: CheckedLibrary = { ...read, checked: { by: checker(), keys } };
  return toStorage(stored);
}

const toStorage = (library: unknown): Promise<string> =>
  PACKS ? packText(JSON.stringify(library)) : Promise.resolve(JSON.stringify(library));

/**
 * The stored value as data: what a writer stored, packed or JSON, parsed (undefined if it is neither), an older
 * object as is.
 */
export async function storedLibraryData(stored: unknown): Promise<unknown> {
  if (typeof stored !== 'string') return stored;
  try {
    return JSON.parse(stored.startsWith('{') ? stored : await unpackText(stored)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The stored value as this version's writers would store it (checked, marked, one string), or undefined when it is
 * that already or nothing is stored: after an extension update the worker stores it anew (kits-item.ts), so the
 * first focus does not check it again, and a library an older build stored as an object becomes a string.
 */
export async function restoredLibrary(stored: unknown): Promise<string | undefined> {
  const value = await storedLibraryData(stored);
  if (!value || typeof value !== 'object') return undefined;
  const check = (value as Partial<CheckedLibrary>).checked;
  if (typeof stored === 'string' && check?.by === checker()) return undefined;
  return checkedLibrary(value as KitLibrary);
}

/** The stored library through the schema (the extension's pages and worker), or undefined when absent or unreadable. */
export const readStoredLibrary = async (stored: unknown): Promise<KitLibrary | undefined> =>
  readLibrary(await storedLibraryData(stored));

/**
 * The stored library: as stored when a writer of this version marked it checked (its kits' keys noted, so kitKey
 * hashes none of them); otherwise through the schema (readLibrary). Either way without the mark, so a library
 * changed and saved again is checked and marked anew.
 */
export async function readCheckedLibrary(stored: unknown): Promise<KitLibrary | undefined> {
  const value = await storedLibraryData(stored);
  const library = value as Partial<CheckedLibrary> | undefined;
  const check = library?.checked;
  const kits = library?.kits;
  if (
    !check ||
    check.by !== checker() ||
    !Array.isArray(kits) ||
    !kits.length ||
    !kits.every((entry) => typeof check.keys?.[entry?.id] === 'string')
  )
    return readLibrary(value);
  for (const entry of kits) knownKitKeys.set(entry.kit, check.keys[entry.id]);
  return { version: library.version!, activeId: library.activeId!, kits };
}
