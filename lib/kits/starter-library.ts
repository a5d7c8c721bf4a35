import { buildStarterKit } from '@/lib/engine/starter-packs';
import { readLibrary, type KitLibrary } from './kit-store';

// The library a browser starts with: the starter kit built from every starter pack. The dashboard and tests
// import it; the in-page assistant gets it as an optional part (entrypoints/part-starter.ts) only when needed.

export function defaultLibrary(now = Date.now()): KitLibrary {
  return {
    version: 1,
    activeId: 'starter',
    kits: [{ id: 'starter', kit: buildStarterKit(), updatedAt: now }],
  };
}

/** Reads the stored library; an unreadable one yields the starter library rather than no checks at all. */
export function parseLibrary(stored: unknown): KitLibrary {
  return readLibrary(stored) ?? defaultLibrary(0);
}
