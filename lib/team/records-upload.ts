import { createOutbox, type KeyValueArea, type Outbox, type OutboxStore } from '../records/outbox';
import type { ActivityRecord } from '../records/schema';
import { serverAddress, type TeamConnection } from './connection';

// Members' activity records reach the team (issue 20): every record the activity log stored (after its own
// privacy masking) is queued here and sent to the team server's `POST /records` by the records' own outbox
// (batches, retry with exponential backoff, persisted across the worker sleeping). The server keys each record by
// (member, record id), so a retry or a re-sent batch never duplicates one; the member is the invitation's, so
// nobody writes another member's records.

/** storage.local: the records not yet acknowledged by the team server (never synced, never exported). */
export const TEAM_OUTBOX_KEY = 'team.outbox';

export function teamOutboxStore(area: KeyValueArea): OutboxStore {
  return {
    load: async () =>
      ((await area.get(TEAM_OUTBOX_KEY))[TEAM_OUTBOX_KEY] as ActivityRecord[] | undefined) ?? [],
    save: (pending) =>
      pending.length ? area.set({ [TEAM_OUTBOX_KEY]: pending }) : area.remove(TEAM_OUTBOX_KEY),
  };
}

export type Fetch = (input: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status'>>;

/** One batch to `POST /records` with the invitation; acknowledged when the server committed it. */
export function recordsTransport(connection: TeamConnection, fetchFn: Fetch) {
  const address = serverAddress(connection.origin);
  return async (records: ActivityRecord[]) => {
    if (!address) throw new Error(`not a team server address: ${connection.origin}`);
    const response = await fetchFn(`${address.http}/records`, {
      method: 'POST',
      headers: { authorization: `Bearer ${connection.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ records }),
    });
    if (!response.ok) throw new Error(`team server: POST /records answered ${response.status}`);
    return { ids: records.map((r) => r.id) };
  };
}

export function createRecordsUpload(
  connection: TeamConnection,
  area: KeyValueArea,
  fetchFn: Fetch = (input, init) => fetch(input, init),
): Outbox {
  return createOutbox({
    transport: recordsTransport(connection, fetchFn),
    store: teamOutboxStore(area),
    // The server accepts up to 5,000 per request; a minute at most between retries while it is down.
    batchSize: 500,
    maxDelayMs: 60_000,
    onError: (error, attempt) => {
      if (attempt === 1 || attempt % 10 === 0) console.warn('Onbrand team: records not sent yet:', error);
    },
  });
}
