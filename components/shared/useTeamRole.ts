import { TeamConnection } from '@/lib/team/connection';
import type { Role } from '@/lib/team/roles';
import { teamConnectionItem } from '@/lib/team/team-state-items';
import { useStorageItem } from './useStorageItem';

/** This browser's role in its team, followed as it joins or leaves; null alone (or until the first read). */
export function useTeamRole(): Role | null {
  const parsed = TeamConnection.safeParse(useStorageItem(teamConnectionItem));
  return parsed.success ? parsed.data.role : null;
}
