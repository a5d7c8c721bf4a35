/**
 * Pure operations on the kit library (several kits, one active) and the choice of the kit that applies on a
 * page: a managed kit first, then the site's assigned kit, then the active one.
 */
import type { BrandKit } from '@/lib/engine';
import type { KitLibrary } from './kit-library-schema';
import { kitIdForHost, type KitPrefs } from './kit-prefs';
import type { ManagedPolicy } from './managed-kit';
import type { TeamKitInForce } from '@/lib/team/team-kit';

export const newKitId = () => `kit-${crypto.randomUUID()}`;

export function addKit(
  library: KitLibrary,
  kit: BrandKit,
  options: { id?: string; activate?: boolean; now?: number } = {},
): KitLibrary {
  const id = options.id ?? newKitId();
  const kits = [...library.kits, { id, kit, updatedAt: options.now ?? Date.now() }];
  return { ...library, kits, activeId: options.activate ? id : library.activeId };
}

export function replaceKit(library: KitLibrary, id: string, kit: BrandKit, now = Date.now()): KitLibrary {
  return {
    ...library,
    kits: library.kits.map((entry) => (entry.id === id ? { id, kit, updatedAt: now } : entry)),
  };
}

/** The last kit cannot be removed (the assistant always has one); removing the active one activates the first left. */
export function removeKit(library: KitLibrary, id: string): KitLibrary {
  const kits = library.kits.filter((entry) => entry.id !== id);
  if (!kits.length) return library;
  return { ...library, kits, activeId: library.activeId === id ? kits[0].id : library.activeId };
}

export function setActiveKit(library: KitLibrary, id: string): KitLibrary {
  return library.kits.some((entry) => entry.id === id) ? { ...library, activeId: id } : library;
}

export type KitOrigin = 'managed' | 'team' | 'site' | 'active';

export interface ResolvedKit {
  kit: BrandKit;
  origin: KitOrigin;
  /** Local library id (the team kit's id in the team's `kits` document), absent for a managed kit. */
  id?: string;
}

/**
 * The kit in force on `hostname`: the organisation's managed kit, else the team's kit (team mode), else the kit
 * assigned to the site, else the active one; with the gate mode settled (policy > kit > user preference), so the in-page
 * gate only reads `kit.gate.mode`.
 */
export function resolveKit(input: {
  library: KitLibrary;
  prefs: KitPrefs;
  managed: ManagedPolicy;
  /** The team's kit in force (lib/team/team-kit.ts), when this browser is in a team that has one. */
  team?: TeamKitInForce | null;
  hostname?: string;
}): ResolvedKit {
  const { library, prefs, managed } = input;
  let resolved: ResolvedKit;
  const siteId = input.hostname ? kitIdForHost(prefs, input.hostname) : undefined;
  const siteEntry = siteId ? library.kits.find((entry) => entry.id === siteId) : undefined;
  if (managed.kit) resolved = { kit: managed.kit, origin: 'managed' };
  else if (input.team) resolved = { kit: input.team.kit, origin: 'team', id: input.team.id };
  else if (siteEntry) resolved = { kit: siteEntry.kit, origin: 'site', id: siteEntry.id };
  else {
    const active = library.kits.find((entry) => entry.id === library.activeId) ?? library.kits[0];
    resolved = { kit: active.kit, origin: 'active', id: active.id };
  }
  const mode = managed.gateMode ?? resolved.kit.gate?.mode ?? prefs.gateMode;
  return mode && mode !== resolved.kit.gate?.mode
    ? { ...resolved, kit: { ...resolved.kit, gate: { mode } } }
    : resolved;
}
