import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { MIRROR_KEY, emptyMirror, type MirrorIds } from '@/lib/team/mirror';

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
  const [ids, setIds] = useState<MirrorIds>(emptyMirror());
  useEffect(() => {
    void send('team.status', {}).then((s) => setPlanner(s.connected ? s.role === 'planner' : null));
    const read = (value: unknown) => setIds({ ...emptyMirror(), ...(value as MirrorIds | undefined) });
    void browser.storage.local.get(MIRROR_KEY).then((s) => read(s[MIRROR_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && MIRROR_KEY in changes) read(changes[MIRROR_KEY].newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  if (planner === null) return null;
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
