import type { KitLibrary } from './kit-library-schema';
import { starterKit } from './starter-kit';
import type { BrandKit } from '@/lib/engine/schema';

// The library a browser starts with: the starter kit built from every starter pack. The dashboard and tests
// import it; the in-page assistant gets it as an optional part (entrypoints/part-starter.ts) only when needed,
// so this file imports no validator (kit-library-schema's readLibrary reads what is stored).

export function defaultLibrary(now = Date.now()): KitLibrary {
  return libraryOf(starterKit(), now);
}

/** The starter library around `kit` (the starter kit, however it was obtained). */
export function libraryOf(kit: BrandKit, now = Date.now()): KitLibrary {
  return { version: 1, activeId: 'starter', kits: [{ id: 'starter', kit, updatedAt: now }] };
}
