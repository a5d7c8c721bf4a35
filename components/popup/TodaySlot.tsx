import { useState } from 'react';
import { browser } from 'wxt/browser';
import {
  composeUrl,
  setOccurrenceStatus,
  skipOccurrence,
  utcToLocal,
  type SlotStatus,
  type TodayItem,
} from '@/lib/calendar';
import { updateCalendar } from '@/components/shared/calendar-client';
import { formatLocalTime } from '@/lib/i18n/format';
import { PlatformMark } from '../shared/PlatformMark';
import { useIntlLocale, useT } from '../shared/i18n';

/** One slot of today's timeline, with its quick actions. */
export function TodaySlot({
  item,
  timeZone,
  position,
  setSize,
  paused = false,
}: {
  item: TodayItem;
  /** In a crisis pause's window (lib/pause): shown as paused, its reminder silent until the pause ends. */
  paused?: boolean;
  timeZone: string;
  /** 1-based place in today's whole list, which may be rendered only in part (TodayView). */
  position: number;
  setSize: number;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const [copied, setCopied] = useState(false);
  const { occurrence, state } = item;
  const platform = t(`platform.${occurrence.platform}`);
  const compose = composeUrl(occurrence.platform, occurrence.contentType);
  const brief = [occurrence.title, occurrence.notes].filter(Boolean).join('\n\n');

  const mark = (status: SlotStatus) =>
    void updateCalendar((calendar) =>
      status === 'skipped'
        ? skipOccurrence(calendar, occurrence.id)
        : setOccurrenceStatus(calendar, occurrence.id, status),
    );

  const copy = async () => {
    await navigator.clipboard.writeText(brief);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };

  const open = occurrence.status !== 'published' && occurrence.status !== 'skipped';
  return (
    <li
      className={`today-slot today-${state}${paused ? ' today-paused' : ''}`}
      data-testid="today-slot"
      data-slot-id={occurrence.id}
      data-state={state}
      data-paused={paused}
      data-status={occurrence.status}
      aria-posinset={position}
      aria-setsize={setSize}
    >
      <div className="today-slot-head">
        <time className="today-time">
          {formatLocalTime(locale, utcToLocal(occurrence.startMs, timeZone).slice(11, 16))}
        </time>
        <span className="today-platform">
          <PlatformMark platform={occurrence.platform} />
          {platform}
        </span>
        <span className="today-state" data-testid="today-slot-state">
          {t(`calendar.state.${state}`)}
          {occurrence.status === 'drafted' || occurrence.status === 'missed'
            ? ` · ${t(`calendar.status.${occurrence.status}`)}`
            : ''}
        </span>
        {paused && (
          <span className="today-paused-mark" data-testid="today-slot-paused">
            {t('pause.slot')}
          </span>
        )}
      </div>
      <p className="today-title" data-testid="today-slot-title">
        {occurrence.title || t(`calendar.contentType.${occurrence.contentType}`)}
      </p>
      {/* One main action (write the post, or see it once out); the rest wait in a menu. */}
      <div className="today-actions">
        {compose && open ? (
          <button
            type="button"
            className="ob-primary"
            data-testid="today-compose"
            onClick={() => void browser.tabs.create({ url: compose })}
          >
            {t('calendar.action.compose', { platform })}
          </button>
        ) : (
          occurrence.url && (
            <a href={occurrence.url} target="_blank" rel="noreferrer" data-testid="today-post-link">
              {t('calendar.action.viewPost')}
            </a>
          )
        )}
        {(open || brief || (compose && open && occurrence.url)) && (
          <details className="today-more">
            <summary
              data-testid="today-more"
              aria-label={t('calendar.action.moreFor', { title: occurrence.title || platform })}
            >
              {t('calendar.action.more')}
            </summary>
            <div className="today-menu">
              {compose && open && occurrence.url && (
                <a href={occurrence.url} target="_blank" rel="noreferrer" data-testid="today-post-link">
                  {t('calendar.action.viewPost')}
                </a>
              )}
              {open && occurrence.status !== 'drafted' && (
                <button type="button" data-testid="today-mark-drafted" onClick={() => mark('drafted')}>
                  {t('calendar.action.markDrafted')}
                </button>
              )}
              {open && (
                <button type="button" data-testid="today-mark-published" onClick={() => mark('published')}>
                  {t('calendar.action.markPublished')}
                </button>
              )}
              {open && (
                <button type="button" data-testid="today-skip" onClick={() => mark('skipped')}>
                  {t('calendar.action.skip')}
                </button>
              )}
              {brief && (
                <button type="button" data-testid="today-copy" onClick={() => void copy()}>
                  {copied ? t('calendar.action.copied') : t('calendar.action.copyBrief')}
                </button>
              )}
            </div>
          </details>
        )}
      </div>
    </li>
  );
}
