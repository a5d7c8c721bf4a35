import type { HandlersOf } from '../message-table';
import type { KeyValueArea } from '../records/outbox';
import type { TeamBackground } from './background';
import { loadConnection } from './connection';
import { judgeChange } from './policy';
import type { teamMessages } from './protocol';
import { NO_TEAM_KIT } from './team-kit';

// The team's kit, in the background: the admin's "Publish to the team" writes a kit into the shared `kits`
// document, and the admin's review rules go beside it. Every member's sync loop mirrors it (lib/team/mirror.ts) and their checker takes it as the kit in
// force (lib/kits/kit-source.ts). The server judges the write again (lib/team/policy.ts): only an admin, only a
// kit its schemas accept; a refused one is never stored nor sent to anyone.

type KitHandlers = Pick<HandlersOf<typeof teamMessages>, 'team.kits.publish' | 'team.kits.review'>;

/** The key a published kit goes to: the team kit in force (the first by id), or a new team's first kit. */
export const FIRST_TEAM_KIT_ID = 'brand';

export function teamKitTarget(entries: Record<string, unknown>): string {
  return Object.keys(entries).sort()[0] ?? FIRST_TEAM_KIT_ID;
}

type Outcome = { ok: true; id: string } | { ok: false; reason: string };

export function createTeamKitHandlers(
  team: Pick<TeamBackground, 'current'>,
  area: KeyValueArea,
): KitHandlers {
  /**
   * The one write path to the team kit in force: `next` builds its new entry from the current one (or refuses).
   * Judged here first with the server's own rulebook (not an admin, an invalid kit), so the dashboard can say why.
   */
  const writeTeamKit = async (
    next: (current: Record<string, unknown> | undefined) => Record<string, unknown> | string,
  ): Promise<Outcome> => {
    const connection = await loadConnection(area);
    const sync = team.current();
    if (!connection || !sync) return { ok: false, reason: 'not connected to a team server' };
    const entries = sync.entries('kits');
    const before = entries.toJSON();
    const id = teamKitTarget(before);
    const entry = next(before[id] as Record<string, unknown> | undefined);
    if (typeof entry === 'string') return { ok: false, reason: entry };
    const refused = judgeChange('kits', connection, before, { ...before, [id]: entry });
    if (refused) return { ok: false, reason: refused };
    entries.set(id, entry);
    return { ok: true, id };
  };

  return {
    // The review rules and their override setting stay with the kit they were set beside.
    'team.kits.publish': ({ kit }) =>
      writeTeamKit((current) => ({
        kit,
        ...(current?.review === undefined ? {} : { review: current.review }),
        ...(current?.reviewOverride === undefined ? {} : { reviewOverride: current.reviewOverride }),
      })),
    // An empty rule list for a platform is no rule: stored without it, so "nothing needs review" reads as {}.
    'team.kits.review': ({ review, allowOverride }) =>
      writeTeamKit((current) =>
        current?.kit
          ? {
              kit: current.kit,
              review: Object.fromEntries(
                Object.entries(review).filter(([, roles]) => roles && roles.length > 0),
              ),
              ...(allowOverride ? { reviewOverride: true } : {}),
            }
          : NO_TEAM_KIT,
      ),
  };
}
