import { parseBrandKit, type BrandKit } from '../engine/schema';

// Which team kit is in force in this browser. Kept apart from mirror.ts so the in-page assistant (lib/kits'
// kit-source) reads it without the calendar and template code the mirror needs.

/** storage.local: the team's kits and their review policies, as mirrored by the sync loop (lib/team/mirror.ts). */
export const TEAM_KITS_KEY = 'team.kits';

/** The review rules live beside a team kit: without one there is nothing to attach them to. */
export const NO_TEAM_KIT = 'no team kit yet: publish a kit to the team first';

export interface TeamKitInForce {
  /** Its key in the team's `kits` document. */
  id: string;
  kit: BrandKit;
}

/**
 * The team's kit in force, from the stored mirror: the first team kit by id that the kit parser accepts (a team
 * normally keeps one; the dashboard's "Publish to the team" writes to that one). Null without a team or kit.
 */
export function teamKitInForce(stored: unknown): TeamKitInForce | null {
  const kits = (stored as { kits?: unknown } | null | undefined)?.kits;
  if (!Array.isArray(kits)) return null;
  const entries = kits
    .filter((e): e is { id: string; kit: unknown } => typeof (e as { id?: unknown })?.id === 'string')
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const entry of entries) {
    const parsed = parseBrandKit(entry.kit);
    if (parsed.ok) return { id: entry.id, kit: parsed.kit };
  }
  return null;
}
