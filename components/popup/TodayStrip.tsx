import type { TodayItem, TodayView } from '@/lib/calendar';
import { formatHour } from '@/lib/i18n/format';
import { useIntlLocale, useT } from '../shared/i18n';

/** Hour labels under the day strip (every six hours, so they fit 360 px in both clocks). */
const STRIP_HOURS = [0, 6, 12, 18];
/**
 * Columns of the day strip: one dot per state and column (10 minutes, ≈2.3 px of the 8 px dots at 330 px). A day
 * of 1,000 slots drew 1,000 absolutely placed dots, the bulk of the popup's first style and layout (issue 18).
 */
export const STRIP_COLUMNS = 144;

export interface StripDot {
  key: string;
  state: TodayItem['state'];
  /** Where the column's first slot sits, 0…1 of the day. */
  fraction: number;
  /** Every title in the dot, one per line. */
  title: string;
}

/** The strip's dots: slots in the same column with the same state share one, in time order of their first. */
export function stripDots(items: TodayItem[], startMs: number, endMs: number): StripDot[] {
  const span = endMs - startMs;
  const dots = new Map<string, StripDot>();
  for (const { occurrence, state } of items) {
    const fraction = (occurrence.startMs - startMs) / span;
    const column = Math.min(STRIP_COLUMNS - 1, Math.max(0, Math.floor(fraction * STRIP_COLUMNS)));
    const key = `${state}-${column}`;
    const dot = dots.get(key);
    if (dot) dot.title += `\n${occurrence.title}`;
    else dots.set(key, { key, state, fraction, title: occurrence.title });
  }
  return [...dots.values()];
}

/** The popup's day strip with the now-line, and the hours under it. */
export function TodayStrip({ view }: { view: TodayView }) {
  const t = useT();
  const locale = useIntlLocale();
  return (
    <>
      <div
        className="today-strip"
        role="img"
        aria-label={t('calendar.popup.strip')}
        data-testid="today-strip"
      >
        {stripDots(view.items, view.startMs, view.endMs).map((dot) => (
          <span
            key={dot.key}
            className={`today-dot today-${dot.state}`}
            style={{ left: `${dot.fraction * 100}%` }}
            title={dot.title}
          />
        ))}
        <span
          className="today-nowline"
          data-testid="now-line"
          style={{ left: `${view.nowFraction * 100}%` }}
        />
      </div>
      <div className="today-hours" aria-hidden="true" data-testid="today-hours">
        {STRIP_HOURS.map((hour) => (
          <span key={hour} style={{ left: `${(hour / 24) * 100}%` }}>
            {formatHour(locale, hour)}
          </span>
        ))}
      </div>
    </>
  );
}
