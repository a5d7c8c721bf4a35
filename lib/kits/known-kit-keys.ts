import type { BrandKit } from '@/lib/engine/schema';

// Kits whose kitKey was computed where they were made (the starter part's kit at build time; a saved library's
// kits when saved, checked-library.ts), by object: kitKey (kit-key.ts) then hashes nothing. Only for a kit object
// no one changes after; a copy (e.g. with another gate mode) is not this object and is hashed. No other imports:
// the worker's parts.ts reaches this file.

export const knownKitKeys = new WeakMap<BrandKit, string>();
