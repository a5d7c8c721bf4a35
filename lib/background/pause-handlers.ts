import type { HandlersOf } from '../message-table';
import type { pauseMessages } from '../pause/protocol';
import { endPause, startPause, type StoredPauses } from '../pause/pause';
import { writePauses, type PauseArea } from '../pause/pause-store';
import { loadConnection, type TeamConnection } from '../team/connection';
import type { TeamBackground } from '../team/background';
import { changedEntries, judgeChange } from '../team/policy';
import { teamPausesOf } from '../team/mirror';
import type { KeyValueArea } from '../records/outbox';

// The crisis pause's switch, in the background. Alone: the change goes straight into `crisisPause` through its one
// writer. In a team the pause is the team's: the change goes into the shared `pause` document in this member's
// name (judged first with the server's own rulebook, so a member is told why; the server judges again), and the
// mirror writes it into `crisisPause` here and in every member's browser.

type Outcome = { ok: true } | { ok: false; reason: string };

export function createPauseHandlers(
  team: Pick<TeamBackground, 'current' | 'refresh'>,
  area: KeyValueArea & PauseArea,
  now: () => number = Date.now,
  newId: () => string = () => crypto.randomUUID(),
): Omit<HandlersOf<typeof pauseMessages>, 'pause.offer'> {
  // (A page's offer, which switches nothing, is lib/pause/offer.ts.)
  const teamWrite = async (
    connection: TeamConnection,
    change: (doc: StoredPauses) => StoredPauses,
  ): Promise<Outcome> => {
    await team.refresh();
    const sync = team.current();
    if (!sync) return { ok: false, reason: 'not connected to a team server' };
    const entries = sync.entries('pause');
    const before = entries.toJSON();
    const after = { ...before };
    for (const pause of change(teamPausesOf(before)).pauses) after[pause.id] = pause;
    const refused = judgeChange('pause', connection, before, after);
    if (refused) return { ok: false, reason: refused };
    sync.docs.pause.transact(() => {
      for (const { key, after: entry } of changedEntries(before, after)) entries.set(key, entry);
    });
    return { ok: true };
  };

  const write = async (change: (doc: StoredPauses, by?: string) => StoredPauses): Promise<Outcome> => {
    const connection = await loadConnection(area);
    if (connection) return teamWrite(connection, (doc) => change(doc, connection.member));
    await writePauses(area, (doc) => change(doc));
    return { ok: true };
  };

  return {
    'pause.on': async ({ reason, until, terms }) => {
      const at = now();
      if (until !== undefined && !(until > at))
        return { ok: false, reason: 'the end must lie in the future' };
      if (!reason.trim()) return { ok: false, reason: 'a pause needs a reason' };
      const id = newId();
      return write((doc, by) => startPause(doc, { id, now: at, until, reason, terms, by }));
    },
    'pause.off': async () => {
      const at = now();
      return write((doc, by) => endPause(doc, at, by));
    },
  };
}
