import * as z from 'zod/mini';
import { brandKitSchema, parseBrandKit, type BrandKit } from '@/lib/engine/schema';
import { once } from '../once';
import { KITS_KEY, KITS_VERSION } from './kit-storage-keys';

// The brand kits of this browser, in storage.local (kits can be large; storage.sync is for small prefs only).
// One kit is active; a kit pushed by the organisation through managed storage wins (see managed-kit.ts).
export { KITS_KEY };

/** The library's schema, built on the first read (lib/engine/schema.ts says why not at load). */
const kitLibrarySchema = once(() =>
  z.object({
    version: z.literal(KITS_VERSION),
    activeId: z.string(),
    kits: z.array(z.object({ id: z.string(), kit: brandKitSchema(), updatedAt: z.number() })),
  }),
);
export type KitLibrary = z.infer<ReturnType<typeof kitLibrarySchema>>;
export type StoredKit = KitLibrary['kits'][number];

/** Where the starter library comes from when storage holds none (lib/kits/starter-library.ts, or the page's part). */
export type StarterKits = () => KitLibrary | Promise<KitLibrary>;

/**
 * Reads the stored library, or undefined when it is absent or unreadable (the caller falls back to the starter
 * library rather than no checks at all). The starter packs are not imported here: the in-page assistant loads
 * them only when it needs them (lib/assistant/parts.ts).
 */
export function readLibrary(stored: unknown): KitLibrary | undefined {
  // Nothing stored (a browser still on the starter kit): not worth building the schemas for, ≈ 5 ms of a first focus.
  if (!stored || typeof stored !== 'object') return undefined;
  const parsed = kitLibrarySchema().safeParse(stored);
  if (!parsed.success) return undefined;
  // Kits are re-validated through the kit parser (migrations, pattern checks).
  const kits = parsed.data.kits.filter((entry) => parseBrandKit(entry.kit).ok);
  return kits.length ? { ...parsed.data, kits } : undefined;
}

export function activeKit(library: KitLibrary): BrandKit {
  return (library.kits.find((k) => k.id === library.activeId) ?? library.kits[0]).kit;
}
