import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { useT } from '../shared/i18n';

/** Above this share of the origin's quota the dashboard warns before writes start failing. */
export const NEAR_FULL_RATIO = 0.9;
const POLL_MS = 3_000;

type Notice = { state: 'blocked' } | { state: 'full' } | { state: 'near-full'; pct: number } | null;

/** Which notice the log's health and the storage estimate call for (the worst first). */
export function storageNotice(
  status: { upgradeBlocked: boolean; full: boolean } | null,
  estimate: StorageEstimate | null,
): Notice {
  if (status?.upgradeBlocked) return { state: 'blocked' };
  const usage = estimate?.usage ?? 0;
  const quota = estimate?.quota ?? 0;
  if (status?.full || (quota > 0 && usage >= quota)) return { state: 'full' };
  if (quota > 0 && usage / quota >= NEAR_FULL_RATIO)
    return { state: 'near-full', pct: Math.floor((100 * usage) / quota) };
  return null;
}

/**
 * The activity log's trouble, said on every dashboard tab: storage nearly or completely full (records then wait in
 * the outbox until there is room), or a schema upgrade held up by another Onbrand page. Nothing is lost in either.
 */
export function StorageNotice() {
  const t = useT();
  const [notice, setNotice] = useState<Notice>(null);
  useEffect(() => {
    let live = true;
    const poll = async () => {
      const [status, estimate] = await Promise.all([
        send('records.status', {}).catch(() => null),
        navigator.storage?.estimate?.().catch(() => null) ?? null,
      ]);
      if (live) setNotice(storageNotice(status, estimate));
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!notice) return null;
  const text =
    notice.state === 'blocked'
      ? t('log.notice.blocked')
      : notice.state === 'full'
        ? t('log.notice.full')
        : t('log.notice.nearFull', { pct: notice.pct });
  return (
    <p className="dash-storage-notice" role="alert" data-testid="storage-notice" data-state={notice.state}>
      {text}
    </p>
  );
}
