import { storage } from 'wxt/utils/storage';
import { CONNECTION_KEY } from './connection';
import type { ReviewRequest } from './documents';
import { MIRROR_KEY, TEAM_REVIEWS_KEY, emptyMirror, type MirrorIds } from './mirror-keys';
import { SYNC_STATUS_KEY } from './sync-status';
import type { SyncStatus } from './sync';

// The team's state as the background leaves it in storage.local, read and watched by the extension's pages and
// worker through these items (the team's kits have theirs: team-kits-item.ts). The background writes them
// through its injected storage area (mirror.ts, connection.ts), which the unit tests fake. No versions: each key
// is rewritten whole on every sync.

/** The stored connection (the member's credential): pages only ask whether there is one. */
export const teamConnectionItem = storage.defineItem<unknown>(`local:${CONNECTION_KEY}`);

/** The sync loop's state, absent until a team was joined. */
export const syncStatusItem = storage.defineItem<SyncStatus>(`local:${SYNC_STATUS_KEY}`);

/** The shared review requests, as mirrored. */
export const teamReviewsItem = storage.defineItem<ReviewRequest[]>(`local:${TEAM_REVIEWS_KEY}`, {
  fallback: [],
});

/** Which slot and template ids are the team's. */
export const teamMirrorItem = storage.defineItem<MirrorIds>(`local:${MIRROR_KEY}`, {
  fallback: emptyMirror(),
});
