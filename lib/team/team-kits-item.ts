import { storage } from 'wxt/utils/storage';
import { TEAM_KITS_KEY, teamKitInForce, type TeamKitInForce } from './team-kit';

/**
 * The team's kits as the sync loop mirrors them (storage.local 'team.kits'), read by the extension's pages and
 * worker through this item; the page reads the same key by hand (lib/kits/kit-repository.ts). Written by the
 * background's sync loop (background.ts) through its storage area. The mirror has no version of its own.
 */
export const teamKitsItem = storage.defineItem<unknown>(`local:${TEAM_KITS_KEY}`);

/** The team's kit in force (team mode), or null. */
export async function loadTeamKit(): Promise<TeamKitInForce | null> {
  return teamKitInForce(await teamKitsItem.getValue());
}
