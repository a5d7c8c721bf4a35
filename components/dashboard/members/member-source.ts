import type { IDBPDatabase } from 'idb';
import { readLocal } from '@/lib/storage/local-value';
import { browser } from 'wxt/browser';
import { DB_NAME, DB_VERSION, openOnbrandDB, type OnbrandDB } from '@/lib/db/schema';
import { createMemberReadHandlers, THRESHOLDS_KEY } from '@/lib/community/members/read-handlers';
import { parseThresholds, type SegmentThresholds } from '@/lib/community/members/segments';
import { send } from '@/lib/messaging/client';
import type { RequestOf, ResponseOf } from '@/lib/messaging/protocol';

// Where the Members tab reads the member book: straight from IndexedDB. The dashboard is an extension page with
// the worker's origin, so it opens the same database and runs the background's own handler code on it (indexes,
// per-day counts, the retention prune in one transaction with them) — no message round trip through the worker,
// which on a loaded machine cost more than the read itself (267–906 ms against a 48–268 ms answer). The
// messages stay the fallback when the database cannot be opened here.

type Db = IDBPDatabase<OnbrandDB>;

let connection: Promise<Db> | undefined;

function database(): Promise<Db> {
  connection ??= openOnbrandDB(DB_NAME, DB_VERSION, {
    // Closed for a newer version (the worker upgrading) or by the browser: open again on the next read.
    closed: () => (connection = undefined),
  }).catch((failure: unknown) => {
    connection = undefined;
    throw failure;
  });
  return connection;
}

const handlers = createMemberReadHandlers(database, browser.storage.local);
const SELF = { id: browser.runtime.id, url: location.href };

/** One page of the book, its counts and thresholds (what `community.members` answers). */
export async function readMembers(
  request: RequestOf<'community.members'>,
): Promise<ResponseOf<'community.members'>> {
  try {
    return await handlers['community.members'](request, SELF);
  } catch {
    return send('community.members', request);
  }
}

/** Every member the query matches, as CSV or JSON (what `community.members.export` answers). */
export async function exportMembers(
  request: RequestOf<'community.members.export'>,
): Promise<ResponseOf<'community.members.export'>> {
  try {
    return await handlers['community.members.export'](request, SELF);
  } catch {
    return send('community.members.export', request);
  }
}

/** The segment thresholds as stored (what the background's answers carry), without reading any member. */
export async function readThresholds(): Promise<SegmentThresholds> {
  return parseThresholds(await readLocal(THRESHOLDS_KEY));
}
