import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../db/schema';
import { logVersion } from '../log-version';
import { recordsOfKind, type RecordOfKind } from '../query';

/** Each kind's timeline entries the reports read, in time order. */
export interface RecordsByKind {
  publishes: RecordOfKind<'publish'>[];
  templateUses: RecordOfKind<'template-use'>[];
  overrides: RecordOfKind<'gate-override'>[];
  checkSummaries: RecordOfKind<'check-summary'>[];
  snapshots: RecordOfKind<'engagement'>[];
  feedback: RecordOfKind<'feedback'>[];
}

/**
 * The records behind the last report, kept in the background while the log is unchanged. The dashboard asks
 * again for the same period start with a later "now" (opened again, refreshed, another platform filter, back
 * from another tab): reading 25,000 entries from IndexedDB is most of a report's time, so an unchanged log
 * answers from memory. Read without an upper bound and for every platform, so any such request is covered; a
 * write (which bumps the log's version) drops it.
 */
let cached: { db: IDBPDatabase<OnbrandDB>; version: number; from: number; kinds: Promise<RecordsByKind> } | null = null;

export function recordsFrom(db: IDBPDatabase<OnbrandDB>, from: number): Promise<RecordsByKind> {
  const version = logVersion(db);
  if (cached && cached.db === db && cached.version === version && cached.from === from) return cached.kinds;
  const kinds = readRecordsByKind(db, from);
  const entry = { db, version, from, kinds };
  cached = entry;
  // A failed read is not remembered.
  kinds.catch(() => {
    if (cached === entry) cached = null;
  });
  return kinds;
}

async function readRecordsByKind(db: IDBPDatabase<OnbrandDB>, from: number): Promise<RecordsByKind> {
  const [publishes, templateUses, overrides, checkSummaries, snapshots, feedback] = await Promise.all([
    recordsOfKind(db, 'publish', from, Infinity),
    recordsOfKind(db, 'template-use', from, Infinity),
    recordsOfKind(db, 'gate-override', from, Infinity),
    recordsOfKind(db, 'check-summary', from, Infinity),
    recordsOfKind(db, 'engagement', from, Infinity),
    recordsOfKind(db, 'feedback', from, Infinity),
  ]);
  return { publishes, templateUses, overrides, checkSummaries, snapshots, feedback };
}
