import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { emptyMirror, type MirrorIds } from '@/lib/team/mirror';
import { teamMirrorItem } from '@/lib/team/team-state-items';
import { useStorageItem } from '../../shared/useStorageItem';

/** This browser's part in the team's shared calendar and template library; null without a team. */
export interface TeamShare {
  /** Only a planner writes the shared calendar and templates (the server refuses anyone else). */
  planner: boolean;
  /** Ids of the slots and templates that are the team's (mirrored from the shared documents). */
  slots: ReadonlySet<string>;
  templates: ReadonlySet<string>;
}

export function useTeamShare(): TeamShare | null {
  const [planner, setPlanner] = useState<boolean | null>(null);
  const stored = useStorageItem(teamMirrorItem);
  useEffect(() => {
    void send('team.status', {}).then((s) => setPlanner(s.connected ? s.role === 'planner' : null));
  }, []);
  if (planner === null) return null;
  const ids: MirrorIds = { ...emptyMirror(), ...stored };
  return { planner, slots: new Set(ids.slots), templates: new Set(ids.templates) };
}

/**
 * After a planner saved slots or templates locally: the shared ones go to the team (put when they still exist,
 * removed when they were deleted). Resolves the first refusal's reason, or null.
 */
export async function shareWithTeam(
  doc: 'calendar' | 'templates',
  entries: { id: string; entry: Record<string, unknown> | undefined }[],
): Promise<string | null> {
  for (const { id, entry } of entries) {
    const result = entry
      ? await send('team.shared.put', { doc, entry })
      : await send('team.shared.remove', { doc, id });
    if (!result.ok) return result.reason;
  }
  return null;
}
