import * as z from 'zod/mini';
import { BrandKit, parseBrandKit, buildStarterKit } from '@/lib/engine';

// The brand kits of this browser, in storage.local (kits can be large; storage.sync is for small prefs only).
// One kit is active; a kit pushed by the organisation through managed storage wins (see managed-kit.ts).
export const KITS_KEY = 'kits';

export const StoredKit = z.object({ id: z.string(), kit: BrandKit, updatedAt: z.number() });
export type StoredKit = z.infer<typeof StoredKit>;

export const KitLibrary = z.object({
  version: z.literal(1),
  activeId: z.string(),
  kits: z.array(StoredKit),
});
export type KitLibrary = z.infer<typeof KitLibrary>;

export function defaultLibrary(now = Date.now()): KitLibrary {
  return {
    version: 1,
    activeId: 'starter',
    kits: [{ id: 'starter', kit: buildStarterKit(), updatedAt: now }],
  };
}

/** Reads the stored library; an unreadable one yields the starter library rather than no checks at all. */
export function parseLibrary(stored: unknown): KitLibrary {
  const parsed = KitLibrary.safeParse(stored);
  if (!parsed.success) return defaultLibrary(0);
  // Kits are re-validated through the kit parser (migrations, pattern checks).
  const kits = parsed.data.kits.filter((entry) => parseBrandKit(entry.kit).ok);
  return kits.length ? { ...parsed.data, kits } : defaultLibrary(0);
}

export function activeKit(library: KitLibrary): BrandKit {
  return (library.kits.find((k) => k.id === library.activeId) ?? library.kits[0]).kit;
}
