import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { openUrl } from '@/lib/community/queue';
import { replyQueueItem } from '@/lib/community/queue-item';
import { ageLabel } from '@/lib/community/age-label';
import { platformLabel } from '../dashboard/reports/format';
import { useT } from '../shared/i18n';

type Queue = ResponseOf<'community.queue'>;
const SHOWN = 5;

/** The popup's reply queue: "5 waiting · oldest 2 h 10 min (Weibo)", then the first few, each opening its comment. */
export function ReplyQueue({ now }: { now: number }) {
  const t = useT();
  const [queue, setQueue] = useState<Queue | null>(null);
  useEffect(() => {
    const load = () => void send('community.queue', { limit: SHOWN }).then(setQueue, () => setQueue(null));
    load();
    return replyQueueItem.watch(load);
  }, [now]);
  if (!queue) return null;
  const { summary, entries } = queue;
  return (
    <section
      className="reply-queue"
      data-testid="reply-queue"
      data-waiting={summary.waiting}
      data-past={summary.pastTarget}
    >
      <h2>{t('community.popup.title')}</h2>
      {summary.waiting === 0 || !summary.oldest ? (
        <p className="popup-hint" data-testid="reply-queue-empty">
          {t('community.popup.empty')}
        </p>
      ) : (
        <>
          <p data-testid="reply-queue-summary">
            {t('community.popup.summary', {
              count: summary.waiting,
              age: ageLabel(t, summary.oldest.ageMs),
              platform: platformLabel(t, summary.oldest.platform),
            })}
            {summary.pastTarget > 0 && (
              <span className="reply-queue-past">
                {' '}
                · {t('community.popup.past', { count: summary.pastTarget })}
              </span>
            )}
          </p>
          <ul className="reply-queue-list">
            {entries.map((entry) => (
              <li key={entry.key} data-age={entry.age}>
                <button
                  type="button"
                  className="reply-queue-open"
                  data-testid="reply-queue-open"
                  data-url={openUrl(entry)}
                  onClick={() => void browser.tabs.create({ url: openUrl(entry) })}
                >
                  {t('community.popup.by', { author: entry.author ?? '?', age: ageLabel(t, entry.ageMs) })}
                  {entry.excerpt ? <span className="reply-queue-excerpt"> — {entry.excerpt}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
