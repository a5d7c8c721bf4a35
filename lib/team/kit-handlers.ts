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

export function createTeamKitHandlers(
  team: Pick<TeamBackground, 'current'>,
  area: KeyValueArea,
): KitHandlers {
  return {
    'team.kits.publish': async ({ kit }) => {
      const connection = await loadConnection(area);
      const sync = team.current();
      if (!connection || !sync) return { ok: false as const, reason: 'not connected to a team server' };
      const entries = sync.entries('kits');
      const before = entries.toJSON();
      const id = teamKitTarget(before);
      // The review rules and their override setting stay with the kit they were set beside.
      const { review, reviewOverride } = (before[id] ?? {}) as { review?: unknown; reviewOverride?: unknown };
      const entry = {
        kit,
        ...(review === undefined ? {} : { review }),
        ...(reviewOverride === undefined ? {} : { reviewOverride }),
      };
      // Told here already (not an admin, an invalid kit); the server refuses the same for anyone.
      const refused = judgeChange('kits', connection, before, { ...before, [id]: entry });
      if (refused) return { ok: false as const, reason: refused };
      entries.set(id, entry);
      return { ok: true as const, id };
    },
    'team.kits.review': async ({ review, allowOverride }) => {
      const connection = await loadConnection(area);
      const sync = team.current();
      if (!connection || !sync) return { ok: false as const, reason: 'not connected to a team server' };
      const entries = sync.entries('kits');
      const before = entries.toJSON();
      const id = teamKitTarget(before);
      const current = before[id] as { kit?: unknown } | undefined;
      if (!current?.kit) return { ok: false as const, reason: NO_TEAM_KIT };
      // An empty rule list for a platform is no rule: stored without it, so "nothing needs review" reads as {}.
      const rules = Object.fromEntries(
        Object.entries(review).filter(([, roles]) => roles && roles.length > 0),
      );
      const entry = { kit: current.kit, review: rules, ...(allowOverride ? { reviewOverride: true } : {}) };
      const refused = judgeChange('kits', connection, before, { ...before, [id]: entry });
      if (refused) return { ok: false as const, reason: refused };
      entries.set(id, entry);
      return { ok: true as const, id };
    },
  };
}
