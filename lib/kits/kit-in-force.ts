import type { BrandKit } from '@/lib/engine/schema';
import { resolveKit } from './kit-library';
import { pageKitStorage } from './kit-repository';
import { readManagedPolicy } from './managed-kit';

// The kit in force where no site applies (the worker's community reminders): managed > team > the active one.
// Before any kit is stored the starter kit is in force, which has nothing for them, so this reads no starter.

export async function kitInForceAnywhere(): Promise<BrandKit | null> {
  const [library, prefs, managed, team] = await Promise.all([
    pageKitStorage.loadLibrary(() => ({ version: 1, activeId: '', kits: [] })),
    pageKitStorage.loadKitPrefs(),
    readManagedPolicy(),
    pageKitStorage.loadTeamKit(),
  ]);
  if (!managed.kit && !team && !library.kits.length) return null;
  return resolveKit({ library, prefs, managed, team }).kit;
}
