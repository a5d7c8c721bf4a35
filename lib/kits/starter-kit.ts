import { buildStarterKit } from '@/lib/engine/starter-packs';
import type { BrandKit } from '@/lib/engine/schema';

// The starter kit (every starter pack merged) and its kitKey when known ahead. The starter part's build replaces
// this file with the kit as JSON and its key, both computed at build time by starter-kit-build.ts (wxt.config.ts's
// starterKitAtBuild): the page then parses the kit instead of expanding the packs, and hashes nothing.

export const starterKit = (): BrandKit => buildStarterKit();

/** The starter kit as the starter part reads it (in the part's build: unpacked from what the build packed). */
export const starterKitOfPart = async (): Promise<BrandKit> => starterKit();

/** compiled-kit-cache's kitKey of starterKit(), in the starter part's build only. */
export const STARTER_KIT_KEY: string | undefined = undefined;
