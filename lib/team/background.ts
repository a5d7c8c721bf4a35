import { browser } from 'wxt/browser';
import type { CalendarWriter } from '../calendar/store';
import { loadTemplates, saveTemplates } from '../templates/store';
import { starterLibrary } from '../templates/starter';
import type { KeyValueArea } from '../records/outbox';
import { loadConnection, type TeamConnection } from './connection';
import { teamConnectionItem } from './team-state-items';
import { browserManagedSource } from '../storage/managed-source';
import type { TeamDocument } from './documents';
import {
  emptyMirror,
  mergeTeamSlots,
  mergeTeamTemplates,
  mergeTeamPauses,
  MIRROR_KEY,
  reviewRequestsOf,
  TEAM_KITS_KEY,
  TEAM_REVIEWS_KEY,
  teamKitsOf,
  type MirrorIds,
} from './mirror';
import { SYNC_STATUS_KEY } from './sync-status';
import { followManagedTeam } from './managed-team';
import { browserConnectDeps } from './handlers';
import type { SyncStatus, TeamSync } from './sync';
import { startBrowserTeamSync } from './browser-sync';
import type { Outbox } from '../records/outbox';
import type { ActivityRecord } from '../records/schema';
import { createRecordsUpload, TEAM_OUTBOX_KEY } from './records-upload';
import type { MemberSharing } from './member-sync';
import { writePauses } from '../pause/pause-store';
import { createSerialQueue } from '../serial-queue';

// Team mode in the background (MV3 service worker / Firefox event page). Why here and not in an offscreen
// document: the worker is the one context that always exists when the extension does (an offscreen document
// is Chrome-only, and the dashboard is not open most of the time); Chrome ≥ 116 keeps a worker alive while its
// WebSocket carries messages, and the TICK alarm wakes a worker that was stopped anyway, which then reconnects
// from the IndexedDB copy. The popup, reminders, the picker and the gate read what is mirrored to
// storage.local (lib/team/mirror.ts), so they work with the worker asleep and with the server down.

export const TEAM_TICK_ALARM = 'team.tick';

export interface TeamBackground {
  /** The running sync (undefined when not connected): the review queue writes into its documents. */
  current(): TeamSync | undefined;
  /** Starts or stops the sync after the stored connection changed (or at worker start). */
  refresh(): Promise<void>;
  /** Queues records the activity log stored (already masked) for the team server; nothing without a team. */
  shareRecords(records: ActivityRecord[]): Promise<void>;
  /** The member book's sharing (lib/team/member-sync.ts), told of every sync started and every member changed. */
  attachMembers(members: Pick<MemberSharing, 'started' | 'changed'>): void;
}

const sameConnection = (a: TeamConnection | null, b: TeamConnection | null) =>
  a?.origin === b?.origin && a?.token === b?.token;

export function createTeamBackground(calendar: CalendarWriter, area: KeyValueArea): TeamBackground {
  let sync: TeamSync | undefined;
  let upload: Outbox | undefined;
  let running: TeamConnection | null = null;
  let members: Pick<MemberSharing, 'started' | 'changed'> | undefined;
  // Refreshes are serialised: the alarm, a storage change and a record arriving may ask at once.
  let refreshing: Promise<void> = Promise.resolve();
  // Mirror writes are serialised: two documents changing together must not race on MIRROR_KEY.
  const queue = createSerialQueue();
  const serial = (task: () => Promise<unknown>) => {
    queue(task).catch((error) => console.warn('Onbrand team:', error));
  };

  const mirrorIds = async (): Promise<MirrorIds> => ({
    ...emptyMirror(),
    ...((await area.get(MIRROR_KEY))[MIRROR_KEY] as MirrorIds | undefined),
  });

  const apply = (doc: TeamDocument, entries: Record<string, unknown>) =>
    serial(async () => {
      if (doc === 'calendar') {
        const ids = await mirrorIds();
        let next = ids.slots;
        await calendar.update((current) => {
          const merged = mergeTeamSlots(current, entries, ids.slots);
          next = merged.ids;
          return merged.calendar;
        });
        await area.set({ [MIRROR_KEY]: { ...ids, slots: next } });
      } else if (doc === 'templates') {
        const ids = await mirrorIds();
        // A person who never saved a library has the starter set: team templates join it rather than replace it.
        const library = await loadTemplates(starterLibrary);
        const merged = mergeTeamTemplates(library, entries, ids.templates);
        if (merged.library !== library) await saveTemplates(merged.library);
        await area.set({ [MIRROR_KEY]: { ...ids, templates: merged.ids } });
      } else if (doc === 'kits') await area.set({ [TEAM_KITS_KEY]: teamKitsOf(entries) });
      else if (doc === 'pause')
        await writePauses(area, (local) => mergeTeamPauses(local, entries, Date.now()));
      else await area.set({ [TEAM_REVIEWS_KEY]: reviewRequestsOf(entries) });
    });

  const setStatus = (status: SyncStatus) =>
    serial(() => area.set({ [SYNC_STATUS_KEY]: { ...status, at: Date.now() } }));

  async function refreshNow(): Promise<void> {
    const connection = await loadConnection(area);
    if (sameConnection(connection, running)) return;
    sync?.stop();
    sync = undefined;
    upload?.stop();
    upload = undefined;
    running = connection;
    if (!connection) {
      await browser.alarms.clear(TEAM_TICK_ALARM);
      // Left the team: its kit stops being in force and its review policy stops holding (after any mirror write
      // still queued); records not yet sent stay only in this browser's log. The team's slots and templates stay
      // as local copies. The team's last pause stays in `crisisPause` and holds until its end (lib/pause/README.md).
      serial(() => area.remove([SYNC_STATUS_KEY, TEAM_KITS_KEY, TEAM_REVIEWS_KEY, TEAM_OUTBOX_KEY]));
      await queue;
      return;
    }
    sync = startBrowserTeamSync({
      connection,
      onEntries: apply,
      onStatus: setStatus,
      onMemberChanges: (_doc, ids) => members?.changed(ids),
    });
    members?.started(sync);
    // Records left unsent by a sleeping or restarted worker go out now (and retry while the server is down).
    upload = createRecordsUpload(connection, area);
    void upload.enqueue([]).catch((e) => console.warn('Onbrand team:', e));
    // Wakes a stopped worker so it reconnects (30 s is the shortest period Chrome allows).
    await browser.alarms.create(TEAM_TICK_ALARM, { periodInMinutes: 0.5 });
  }

  const refresh = () => (refreshing = refreshing.then(refreshNow, refreshNow));

  return {
    current: () => sync,
    refresh,
    async shareRecords(records) {
      await refresh();
      await upload?.enqueue(records);
    },
    attachMembers(next) {
      members = next;
      if (sync) next.started(sync);
    },
  };
}

let instance: TeamBackground | undefined;

export function teamBackground(calendar: CalendarWriter): TeamBackground {
  instance ??= createTeamBackground(calendar, browser.storage.local);
  return instance;
}

/**
 * Registers team mode's listeners (synchronously, in the worker's main()). Without a stored connection this reads
 * one storage key and does nothing else: no socket, no request, no alarm.
 */
export function registerTeamListeners(team: TeamBackground, ready: Promise<unknown>): void {
  const refresh = () => void ready.then(() => team.refresh()).catch((e) => console.warn('Onbrand team:', e));
  // The organisation's policy may name the team (lib/team/managed-team.ts): joined, re-joined or left here; the
  // connection it stores then starts the loop like any other. No policy team: one read of storage.managed.
  const followPolicy = () =>
    void ready
      .then(() => followManagedTeam(browser.storage.local, browserConnectDeps))
      .catch((e) => console.warn('Onbrand team policy:', e));
  teamConnectionItem.watch(refresh);
  browserManagedSource.watch(followPolicy);
  // A host permission granted later (the person's "Join" elsewhere, or chrome://extensions) lets the policy's
  // team join without another click.
  browser.permissions.onAdded.addListener(followPolicy);
  followPolicy();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_TICK_ALARM) refresh();
  });
  refresh();
}
