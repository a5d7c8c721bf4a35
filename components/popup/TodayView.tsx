import { Fragment, useEffect, useMemo, useState } from 'react';
import {
  actualRhythmViolations,
  campaignsOn,
  dayBounds,
  monthStart,
  todayView,
  weekStart,
  type ActualPost,
  type Calendar,
} from '@/lib/calendar';
import type { CalendarSnapshot } from '@/lib/calendar/store';
import { send } from '@/lib/messaging/client';
import { browser } from 'wxt/browser';
import { formatLocalDate } from '@/lib/i18n/format';
import { useIntlLocale, useT } from '../shared/i18n';
import { TodaySlot } from './TodaySlot';
import { slotPaused, type Pause } from '@/lib/pause/pause';
import { TodayStrip } from './TodayStrip';
import { useGrowingWindow } from './useGrowingWindow';

interface TodayCounts {
  posts: number;
  replies: number;
  findings: number;
  publishes: ActualPost[];
}

/** Today's posts, replies and findings from the activity log (the worker answers after the first paint). */
function useTodayCounts(
  calendar: Calendar,
  date: string,
  startMs: number,
  endMs: number,
): TodayCounts | null {
  const [counts, setCounts] = useState<TodayCounts | null>(null);
  const zone = calendar.settings.timeZone;
  useEffect(() => {
    // The rhythm check needs the longest period holding today: its week or its month.
    const postsFrom = Math.min(
      dayBounds(weekStart(date), zone).startMs,
      dayBounds(monthStart(date), zone).startMs,
    );
    void send('records.today', { from: startMs, to: endMs, postsFrom }).then(setCounts, () =>
      setCounts(null),
    );
  }, [date, startMs, endMs, zone]);
  return counts;
}

/** The popup's "today": a day strip with the now-line, then the slots in time order with a "now" divider. */
export function TodayView({
  snapshot,
  now,
  pause,
}: {
  snapshot: CalendarSnapshot;
  now: number;
  /** The crisis pause in force: its window's slots show as paused. */
  pause?: Pause;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const { calendar } = snapshot;
  const zone = calendar.settings.timeZone;
  const view = useMemo(() => todayView(calendar, now), [calendar, now]);
  const counts = useTodayCounts(calendar, view.date, view.startMs, view.endMs);
  const violations = counts ? actualRhythmViolations(counts.publishes, calendar.rhythmRules, now, zone) : [];
  const themes = campaignsOn(calendar, view.date);
  const nowIndex = view.items.findIndex((item) => item.occurrence.startMs > now);
  // A busy day (a team may plan hundreds of slots) renders its first screen at once and the rest when reached.
  const rows = useGrowingWindow(view.items.length);
  const rest = view.items.length - rows.end;

  return (
    <section className="popup-today" data-testid="popup-today" data-date={view.date}>
      <h2>
        {t('popup.today')} · {formatLocalDate(locale, view.date, 'long')}
      </h2>
      {snapshot.problems && (
        <p className="popup-notice" role="alert" data-testid="today-broken">
          {t('calendar.popup.broken')}
        </p>
      )}
      {themes.map((c) => (
        <p key={c.id} className="today-theme" style={{ borderColor: c.color }} data-testid="today-theme">
          {t(`calendar.campaign.kind.${c.kind}`)}: {c.name}
        </p>
      ))}
      <p className="ob-muted today-counts" data-testid="today-counts">
        {counts
          ? t('popup.counts', { posts: counts.posts, replies: counts.replies, findings: counts.findings })
          : '\u00a0'}
      </p>
      {violations.map((v) => (
        <p key={v.ruleId} className="popup-notice" role="note" data-testid="today-rhythm-warning">
          {t('calendar.rhythm.actual', {
            platform: t(`platform.${v.platform}`),
            count: v.count,
            period: t(`calendar.rhythm.period.${v.period}`),
            max: v.max,
          })}
        </p>
      ))}
      <TodayStrip view={view} />
      {view.items.length === 0 ? (
        <div className="today-empty" data-testid="today-empty">
          <p className="ob-muted">{t('popup.noSlots')}</p>
          <button
            type="button"
            className="ob-primary"
            data-testid="today-plan"
            onClick={() =>
              void browser.tabs.create({ url: browser.runtime.getURL('/options.html#calendar') })
            }
          >
            {t('popup.planPost')}
          </button>
        </div>
      ) : (
        <>
          <p className="today-due" data-testid="today-due">
            {view.dueCount > 0
              ? t('calendar.dueCount', { count: view.dueCount })
              : t('calendar.popup.nothingLeft')}
          </p>
          <ol
            className="today-list"
            data-testid="today-list"
            data-total={view.items.length}
            data-rendered={rows.end}
            onFocus={rows.onFocus}
          >
            {view.items.slice(0, rows.end).map((item, index) => (
              <Fragment key={item.occurrence.id}>
                {index === nowIndex && <NowDivider />}
                <TodaySlot
                  item={item}
                  timeZone={zone}
                  position={index + 1}
                  setSize={view.items.length}
                  paused={slotPaused(pause, item.occurrence.startMs)}
                />
              </Fragment>
            ))}
            {nowIndex < 0 && rest === 0 && <NowDivider />}
            {rest > 0 && (
              <li
                ref={rows.sentinel}
                className="today-rest"
                aria-hidden="true"
                data-testid="today-rest"
                style={{ height: `calc(${rest} * var(--today-slot-estimate))` }}
              />
            )}
          </ol>
        </>
      )}
    </section>
  );
}

function NowDivider() {
  const t = useT();
  return (
    <li className="today-now" data-testid="now-divider" aria-hidden="true">
      <span>{t('calendar.now')}</span>
    </li>
  );
}
