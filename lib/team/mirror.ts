import type { Calendar, Slot } from '../calendar/schema';
import { Slot as SlotSchema } from '../calendar/schema';
import type { Template, TemplateLibrary } from '../templates/schema';
import { templateSchema } from '../templates/schema';
import { parseBrandKit } from '../engine/schema';
import { ReviewRequest, TeamKitEntry, TeamPause, type ReviewPolicy } from './documents';
import { activePause, PAUSE_HISTORY_CAP, type Pause, type StoredPauses } from '../pause/pause';

// How the team's shared documents take effect in this browser: team slots and team templates are merged, by id,
// into the calendar and template library every part of the extension already reads (popup, reminders,
// plan-vs-actual, the picker). The ids merged last time are remembered, so an entry the team removed is removed
// here too, while the member's personal slots and templates are never touched (nor ever sent).

export { emptyMirror, MIRROR_KEY, TEAM_REVIEWS_KEY, type MirrorIds } from './mirror-keys';
export { TEAM_KITS_KEY } from './team-kit';

/** Entries of a shared document that pass its schema (the server already refused invalid ones; this is cheap). */
export function validEntries<T>(
  entries: Record<string, unknown>,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
): T[] {
  const out: T[] = [];
  for (const value of Object.values(entries)) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Replaces the previously mirrored team items and adds the current ones, keeping every personal item. */
function mergeById<T extends { id: string }>(
  own: readonly T[],
  team: readonly T[],
  previous: readonly string[],
): { items: T[]; ids: string[] } {
  const teamIds = new Set(team.map((t) => t.id));
  const stale = new Set(previous);
  // A personal item whose id the team also uses gives way to the team's entry (the team's is the shared one).
  const kept = own.filter((item) => !stale.has(item.id) && !teamIds.has(item.id));
  return { items: [...kept, ...team], ids: [...teamIds].sort() };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The calendar with the team's slots; the same object when nothing changed (so no write happens). */
export function mergeTeamSlots(
  calendar: Calendar,
  entries: Record<string, unknown>,
  previous: readonly string[],
): { calendar: Calendar; ids: string[] } {
  const team = validEntries<Slot>(entries, SlotSchema).sort((a, b) => a.id.localeCompare(b.id));
  const { items, ids } = mergeById(calendar.slots, team, previous);
  if (sameJson(items, calendar.slots)) return { calendar, ids };
  return { calendar: { ...calendar, slots: items }, ids };
}

/** The template library with the team's templates (usage counts stay this browser's). */
export function mergeTeamTemplates(
  library: TemplateLibrary,
  entries: Record<string, unknown>,
  previous: readonly string[],
): { library: TemplateLibrary; ids: string[] } {
  const team = validEntries<Template>(entries, templateSchema()).sort((a, b) => a.id.localeCompare(b.id));
  const { items, ids } = mergeById(library.templates, team, previous);
  if (sameJson(items, library.templates)) return { library, ids };
  return { library: { ...library, templates: items }, ids };
}

/** One team kit as mirrored: its key in the `kits` document is its id. */
export interface TeamKitMirror extends TeamKitEntry {
  id: string;
}

export interface TeamKits {
  /** Every team kit that validates (schema and kit parser, as the server judged it), by id. */
  kits: TeamKitMirror[];
  /** The union of every team kit's review policy (per platform, the box roles that need review). */
  review: ReviewPolicy;
  /** Whether a held box may go out without approval with a reason: only when every kit with review rules says so. */
  reviewOverride: boolean;
}

export function teamKitsOf(entries: Record<string, unknown>): TeamKits {
  const kits: TeamKitMirror[] = [];
  for (const id of Object.keys(entries).sort()) {
    const entry = TeamKitEntry.safeParse(entries[id]);
    if (!entry.success) continue;
    // The kit parser too (migrations, pattern checks), as the server's policy does: a kit it refuses never applies.
    const kit = parseBrandKit(entry.data.kit);
    if (kit.ok) kits.push({ id, ...entry.data, kit: kit.kit });
  }
  const review: ReviewPolicy = {};
  for (const { review: policy } of kits) {
    for (const platform of Object.keys(policy ?? {}) as (keyof ReviewPolicy)[]) {
      review[platform] = [...new Set([...(review[platform] ?? []), ...(policy?.[platform] ?? [])])].sort();
    }
  }
  const ruling = kits.filter((k) => Object.values(k.review ?? {}).some((roles) => roles && roles.length > 0));
  const reviewOverride = ruling.length > 0 && ruling.every((k) => k.reviewOverride === true);
  return { kits, review, reviewOverride };
}

export const reviewRequestsOf = (entries: Record<string, unknown>): ReviewRequest[] =>
  validEntries<ReviewRequest>(entries, ReviewRequest).sort((a, b) => a.at - b.at);

/**
 * The toolbar count for a reviewer: requests waiting for a decision that are not their own. (The toolbar badge
 * has one home, lib/background; this is the number team mode adds to it.)
 */
export const reviewsWaitingCount = (requests: readonly ReviewRequest[], member: string): number =>
  requests.filter((r) => !r.decision && r.requester !== member).length;

/** The team's pauses as a pause document (lib/pause/pause.ts), oldest first. */
export function teamPausesOf(entries: Record<string, unknown>): StoredPauses {
  const pauses: Pause[] = validEntries<TeamPause>(entries, TeamPause);
  return { version: 1, pauses: pauses.sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id)) };
}

/**
 * This browser's `crisisPause` document with the team's pauses (the `pause` document) merged in by id: the team's
 * copy of a pause wins (someone switched it off elsewhere). A pause of this browser's own that the team does not
 * hold (switched on alone before joining, or refused by the server) stays in the history but no longer holds
 * anything: in team mode the pause in force is the team's, so it ends at `now`. Newest last, capped like the
 * local history; the same object when nothing changed (no write, no listener woken).
 */
export function mergeTeamPauses(
  local: StoredPauses,
  entries: Record<string, unknown>,
  now: number,
): StoredPauses {
  const team = new Map(teamPausesOf(entries).pauses.map((p) => [p.id, p]));
  const own = local.pauses.filter((p) => !team.has(p.id));
  const inForce = activePause({ version: 1, pauses: own }, now);
  const pauses = [...own.map((p) => (p === inForce ? { ...p, endedAt: now } : p)), ...team.values()]
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
    .slice(-PAUSE_HISTORY_CAP);
  return sameJson(pauses, local.pauses) ? local : { version: 1, pauses };
}
