// Where and at which format version the kits and the kit preferences are stored. Kept free of imports so the
// in-page reader (kit-repository.ts) and the storage items of the extension's pages and worker (kits-item.ts,
// kit-prefs-item.ts) share them without the page carrying wxt/storage (as settings-key.ts does for settings).

/** storage.local: the library document carries this `version` itself (kit-library-schema's KitLibrary). */
export const KITS_KEY = 'kits';
export const KITS_VERSION = 1;

/** storage.sync (storage.local where sync refuses them): the document carries this `version` itself (kit-prefs.ts). */
export const KIT_PREFS_KEY = 'kitPrefs';
export const KIT_PREFS_VERSION = 1;

/** storage.local: the kit in force last compiled by a page, as compiled-kit-cache.ts stores it (a cache). */
export const COMPILED_KIT_KEY = 'compiledKit';
