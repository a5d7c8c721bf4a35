import type { HandlersOf } from '../message-table';
import type { KeyValueArea } from '../records/outbox';
import type { TeamBackground } from './background';
import { loadConnection } from './connection';
import { judgeChange } from './policy';
import type { teamMessages } from './protocol';

// A planner's shared calendar and template library, in the background: "Share with the team" writes the slot or
// template into the shared document (offline it waits in IndexedDB and syncs on reconnect); every member's sync
// loop mirrors it into their calendar and picker (lib/team/mirror.ts). Judged here with the server's own rulebook
// first (only a planner, only an entry the schema accepts), so the dashboard can say why; the server judges again.

type SharedHandlers = Pick<HandlersOf<typeof teamMessages>, 'team.shared.put' | 'team.shared.remove'>;
type SharedDoc = 'calendar' | 'templates';
type Outcome = { ok: true; id: string } | { ok: false; reason: string };

export function createSharedHandlers(
  team: Pick<TeamBackground, 'current'>,
  area: KeyValueArea,
): SharedHandlers {
  const write = async (doc: SharedDoc, id: string, entry: unknown): Promise<Outcome> => {
    const connection = await loadConnection(area);
    const sync = team.current();
    if (!connection || !sync) return { ok: false, reason: 'not connected to a team server' };
    const entries = sync.entries(doc);
    const before = entries.toJSON();
    const after = { ...before };
    if (entry === undefined) delete after[id];
    else after[id] = entry;
    const refused = judgeChange(doc, connection, before, after);
    if (refused) return { ok: false, reason: refused };
    if (entry === undefined) entries.delete(id);
    else entries.set(id, entry);
    return { ok: true, id };
  };

  return {
    'team.shared.put': ({ doc, entry }) =>
      typeof entry.id === 'string' && entry.id !== ''
        ? write(doc, entry.id, entry)
        : Promise.resolve({ ok: false as const, reason: `${doc}: an entry without an id` }),
    'team.shared.remove': ({ doc, id }) => write(doc, id, undefined),
  };
}
