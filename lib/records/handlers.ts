import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../db/schema';
import { logHealth } from '../db/health';
import type { HandlersOf } from '../message-table';
import { countInPeriod, readExportPage } from './export-pages';
import { getRecordPrefs, setRecordPrefs } from './prefs';
import { buildEngagement, buildReport, readCrisisSignal } from './reports/read';
import { loadPlan } from './reports/plan';
import type { PlannedOccurrence } from './reports/cadence';
import { browser } from 'wxt/browser';
import { applyRetention } from './retention';
import { countRecords, deleteAllRecords, maskStoredRecords, putRecords } from './store';
import { maskRecord, mirrorMaskSetting } from './record-masking';
import type { CustomMaskers } from './mask';
import type { KeyValueArea } from './outbox';
import { draftFindingsIn, noteDraftFindings } from './draft-findings';
import type { recordMessages } from './protocol';
import { recordsOfKind } from './query';
import { PAUSE_KEY, readPauses, type Pause } from '../pause/pause';
import type { ActivityRecord } from './schema';

type RecordHandlers = HandlersOf<typeof recordMessages>;

/** Retention is applied at most this often on writes (and at once when the setting changes). */
const PRUNE_INTERVAL_MS = 6 * 3_600_000;

/**
 * The background's side of the activity log. `openDb` is the worker's shared connection; `now` is
 * injectable for tests. A write is acknowledged after its transaction committed AND the stored posts were
 * matched to the calendar plan (`matchPlan`, given by the background), so the worker stays alive for it; a
 * failed match never fails the write (the records are already safe).
 */
export function createRecordHandlers(
  openDb: () => Promise<IDBPDatabase<OnbrandDB>>,
  now: () => number = Date.now,
  plannedPosts: (from: number, to: number) => Promise<PlannedOccurrence[]> = (from, to) =>
    loadPlan(browser.storage.local, from, to),
  maskMirror: Pick<KeyValueArea, 'set'> = browser.storage.local,
  /** The custom privacy detectors of every kit that may be in force (library and managed policy). */
  customMaskers: () => Promise<CustomMaskers> = async () => [],
  matchPlan: (records: ActivityRecord[]) => Promise<unknown> = async () => undefined,
  /** After a write: the records as stored (masked), e.g. for the team server (team mode); never fails the write. */
  afterStored: (stored: ActivityRecord[]) => Promise<unknown> = async () => undefined,
  /** Where the findings of unpublished drafts are counted (draft-findings.ts): gone when the browser closes. */
  draftArea: KeyValueArea = browser.storage.session,
  /** The crisis pauses kept (lib/pause), for the report's section. */
  storedPauses: () => Promise<readonly Pause[]> = async () =>
    readPauses((await browser.storage.local.get(PAUSE_KEY))[PAUSE_KEY]).pauses,
): RecordHandlers {
  let lastPruneAt = -Infinity;

  async function pruneIfDue(db: IDBPDatabase<OnbrandDB>, months: number | null): Promise<void> {
    if (months === null || now() - lastPruneAt < PRUNE_INTERVAL_MS) return;
    lastPruneAt = now();
    await applyRetention(db, months, now());
  }

  return {
    'records.put': async ({ records }) => {
      const db = await openDb();
      const prefs = await getRecordPrefs(db);
      const custom = prefs.maskPersonalData ? await customMaskers().catch(() => []) : [];
      // Masked once here, so what is stored is exactly what afterStored passes on.
      const stored = prefs.maskPersonalData ? records.map((r) => maskRecord(r, custom)) : records;
      const ids = await putRecords(db, stored, { mask: false });
      // Plan versus actual: stored posts are matched to their planned slots.
      await matchPlan(records).catch((error: unknown) =>
        console.warn('Onbrand: calendar match failed', error),
      );
      // After the acknowledgement is secured; a failed prune must not fail the write.
      void pruneIfDue(db, prefs.retentionMonths).catch(() => undefined);
      await afterStored(stored).catch((error: unknown) => console.warn('Onbrand: records not shared', error));
      return { ids };
    },
    'records.count': async ({ from, to }) => {
      const db = await openDb();
      return {
        count:
          from === undefined && to === undefined
            ? await countRecords(db)
            : await countInPeriod(db, from ?? 0, to ?? Number.MAX_SAFE_INTEGER),
      };
    },
    'records.draftFindings': async ({ draft, count }) => {
      await noteDraftFindings(draftArea, draft, count, now());
      return {};
    },
    'records.today': async ({ from, to, postsFrom }) => {
      const db = await openDb();
      const [publishes, summaries, drafting] = await Promise.all([
        recordsOfKind(db, 'publish', Math.min(from, postsFrom), to),
        recordsOfKind(db, 'check-summary', from, to),
        draftFindingsIn(draftArea, from, to).catch(() => 0),
      ]);
      const today = publishes.filter((r) => r.at >= from);
      const counted = (records: { findings: { count: number }[] }[]) =>
        records.reduce((sum, r) => sum + r.findings.reduce((n, f) => n + f.count, 0), 0);
      return {
        posts: today.filter((r) => r.postKind === 'post').length,
        replies: today.filter((r) => r.postKind !== 'post').length,
        // Caught: fixed before publishing (check summaries), published anyway, and shown in drafts still open.
        findings: counted(summaries) + counted(today) + drafting,
        publishes: publishes
          .filter((r) => r.postKind === 'post' && r.at >= postsFrom)
          .map((r) => ({ platform: r.platform, at: r.at })),
      };
    },
    'records.prefs.get': async () => {
      const prefs = await getRecordPrefs(await openDb());
      await mirrorMaskSetting(maskMirror, prefs.maskPersonalData);
      return prefs;
    },
    'records.prefs.set': async (patch) => {
      const db = await openDb();
      const before = await getRecordPrefs(db);
      const prefs = await setRecordPrefs(db, patch);
      await mirrorMaskSetting(maskMirror, prefs.maskPersonalData);
      if (prefs.maskPersonalData && !before.maskPersonalData)
        await maskStoredRecords(db, await customMaskers().catch(() => []));
      lastPruneAt = now();
      return { prefs, pruned: await applyRetention(db, prefs.retentionMonths, now()) };
    },
    'records.deleteAll': async () => {
      const db = await openDb();
      const deleted = await countRecords(db);
      await deleteAllRecords(db);
      return { deleted };
    },
    'records.report': async (options) => {
      // The calendar is read here, beside the records: the dashboard asks once and waits for one answer.
      const [db, plan, pauses] = await Promise.all([
        openDb(),
        options.plan ?? plannedPosts(options.from, options.to),
        storedPauses().catch(() => []),
      ]);
      return buildReport(db, { ...options, plan, pauses });
    },
    'records.engagement': async (period) => buildEngagement(await openDb(), period),
    'records.crisis': async ({ now: at }) => readCrisisSignal(await openDb(), at),
    'records.status': async () => {
      // Opening is what reveals a blocked upgrade: start it (not awaited, it may wait) and say what is known now.
      void openDb().catch(() => undefined);
      return { ...logHealth };
    },
    'records.export': async (query) => {
      const db = await openDb();
      const mask = (await getRecordPrefs(db)).maskPersonalData;
      const page = await readExportPage(db, query);
      if (!mask) return page;
      // Records are masked when stored; masking again here covers any kept while the user had it turned off.
      const custom = await customMaskers().catch(() => []);
      return { ...page, records: page.records.map((r) => maskRecord(r, custom)) };
    },
  };
}
