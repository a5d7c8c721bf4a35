/**
 * What the background knows about the activity log's database beyond "it works": an upgrade held up by another
 * connection, or a write refused for lack of space. The dashboard asks for it (records.status) to say so plainly;
 * records meanwhile wait in the senders' outboxes, so nothing is lost either way.
 */
export interface LogHealth {
  /** A schema upgrade is waiting: another page (an older Onbrand's tab) keeps the old version open. */
  upgradeBlocked: boolean;
  /** The last write failed with QuotaExceededError (cleared by the next write that succeeds). */
  full: boolean;
}

export const logHealth: LogHealth = { upgradeBlocked: false, full: false };

/** The error a record write gets while the upgrade waits: the sender keeps its records and retries. */
export const UPGRADE_BLOCKED_MESSAGE =
  'The activity log is being upgraded, but another Onbrand page keeps the old version open: close or reload the other Onbrand tabs. Records stay queued meanwhile.';
