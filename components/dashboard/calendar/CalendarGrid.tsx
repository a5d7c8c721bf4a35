import { useEffect, useRef, type DragEvent } from 'react';
import { formatLocalDate, formatLocalTime } from '@/lib/i18n/format';
import {
  localToUtc,
  utcToLocal,
  type Calendar,
  type CampaignBand,
  type DayCell,
  type Occurrence,
  type RangeView,
} from '@/lib/calendar';
import { useIntlLocale, useT } from '../../shared/i18n';
import { DRAG_TYPE, SlotChip } from './SlotChip';
import { useActivePause } from '../../shared/useActivePause';
import { slotPaused } from '@/lib/pause/pause';

interface GridProps {
  calendar: Calendar;
  view: RangeView;
  today: string;
  warnedIds: ReadonlySet<string>;
  onOpen(occurrence: Occurrence): void;
  /** Dropped: move that occurrence to this instant. */
  onMove(occurrenceId: string, toMs: number): void;
  onCreate(date: string, time?: string): void;
}

const WEEKDAY_KEYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function allowDrop(event: DragEvent) {
  if (event.dataTransfer.types.includes(DRAG_TYPE)) {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  }
}

function droppedId(event: DragEvent): string | undefined {
  event.preventDefault();
  return event.dataTransfer.getData(DRAG_TYPE) || undefined;
}

/** Campaign bands of one week row, as grid items spanning their days, stacked by lane. */
function Bands({ bands, days }: { bands: CampaignBand[]; days: DayCell[] }) {
  const t = useT();
  const first = days[0].date;
  const last = days[days.length - 1].date;
  const visible = bands.filter((b) => b.fromDate <= last && b.toDate >= first);
  if (!visible.length) return null;
  return (
    <div className="cal-bands">
      {visible.map((band) => {
        const from = days.findIndex((d) => d.date >= band.fromDate);
        const toIndex = days.findIndex((d) => d.date > band.toDate);
        const to = toIndex < 0 ? days.length : toIndex;
        return (
          <div
            key={band.campaign.id}
            className="cal-band"
            data-testid="cal-band"
            data-campaign-id={band.campaign.id}
            style={{
              gridColumn: `${from + 1} / ${to + 1}`,
              gridRow: band.lane + 1,
              background: band.campaign.color,
            }}
            title={`${t(`calendar.campaign.kind.${band.campaign.kind}`)}: ${band.campaign.name} (${band.campaign.startDate} – ${band.campaign.endDate})`}
          >
            {band.campaign.name}
          </div>
        );
      })}
    </div>
  );
}

function WeekdayHeader({ days }: { days: DayCell[] }) {
  const t = useT();
  return (
    <div className="cal-weekdays" data-testid="cal-weekdays">
      {days.slice(0, 7).map((d) => (
        <div key={d.date}>{t(`calendar.weekday.${WEEKDAY_KEYS[d.weekday]}`)}</div>
      ))}
    </div>
  );
}

/** Month grid: whole weeks, slots with their time, campaigns as bands above each week. Drop keeps the time of day. */
export function MonthGrid({ calendar, view, today, warnedIds, onOpen, onMove, onCreate }: GridProps) {
  const zone = calendar.settings.timeZone;
  const pause = useActivePause();
  const weeks: DayCell[][] = [];
  for (let i = 0; i < view.days.length; i += 7) weeks.push(view.days.slice(i, i + 7));
  const dropOnDay = (event: DragEvent, date: string) => {
    const id = droppedId(event);
    const occurrence = id && findIn(view, id);
    if (!id || !occurrence) return;
    onMove(id, localToUtc(`${date}T${utcToLocal(occurrence.startMs, zone).slice(11, 16)}`, zone));
  };
  return (
    <div className="cal-month" data-testid="cal-month">
      <WeekdayHeader days={view.days} />
      {weeks.map((week) => (
        <div key={week[0].date} className="cal-week-row">
          <Bands bands={view.bands} days={week} />
          <div className="cal-week-cells">
            {week.map((day) => (
              <div
                key={day.date}
                className={`cal-day${day.inRange ? '' : ' cal-out'}${day.date === today ? ' cal-today' : ''}`}
                data-testid="cal-day"
                data-date={day.date}
                onDragOver={allowDrop}
                onDrop={(event) => dropOnDay(event, day.date)}
                onDoubleClick={(event) => event.target === event.currentTarget && onCreate(day.date)}
              >
                <span className="cal-day-number">{Number(day.date.slice(8))}</span>
                {day.occurrences.map((o) => (
                  <SlotChip
                    key={o.id}
                    occurrence={o}
                    calendar={calendar}
                    warned={warnedIds.has(o.id)}
                    paused={slotPaused(pause, o.startMs)}
                    onOpen={onOpen}
                  />
                ))}
              </div>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const pad = (n: number) => String(n).padStart(2, '0');

/** Week grid: a row per hour; drop on an hour keeps the minutes. */
/** The week view opens on the working day, not at midnight. */
const FIRST_WORKING_HOUR = 8;

export function WeekGrid({ calendar, view, today, warnedIds, onOpen, onMove, onCreate }: GridProps) {
  const zone = calendar.settings.timeZone;
  const pause = useActivePause();
  const locale = useIntlLocale();
  const hoursRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const hours = hoursRef.current;
    const row = hours?.children[FIRST_WORKING_HOUR] as HTMLElement | undefined;
    if (hours && row) hours.scrollTop += row.getBoundingClientRect().top - hours.getBoundingClientRect().top;
  }, []);
  const hourOf = (o: Occurrence) => Number(utcToLocal(o.startMs, zone).slice(11, 13));
  const dropOnHour = (event: DragEvent, date: string, hour: number) => {
    const id = droppedId(event);
    const occurrence = id && findIn(view, id);
    if (!id || !occurrence) return;
    const minutes = utcToLocal(occurrence.startMs, zone).slice(14, 16);
    onMove(id, localToUtc(`${date}T${pad(hour)}:${minutes}`, zone));
  };
  return (
    <div className="cal-week" data-testid="cal-week">
      <div className="cal-week-head">
        <div />
        {view.days.map((d) => (
          <div
            key={d.date}
            className={d.date === today ? 'cal-today' : undefined}
            data-testid="cal-week-day"
            data-date={d.date}
          >
            {formatLocalDate(locale, d.date, 'short')}
          </div>
        ))}
      </div>
      <div className="cal-week-bands">
        <div />
        <Bands bands={view.bands} days={view.days} />
      </div>
      <div className="cal-hours" ref={hoursRef} data-testid="cal-hours">
        {HOURS.map((hour) => (
          <div key={hour} className="cal-hour-row">
            <div className="cal-hour-label">{formatLocalTime(locale, `${pad(hour)}:00`)}</div>
            {view.days.map((day) => (
              <div
                key={day.date}
                className={`cal-hour${day.date === today ? ' cal-today' : ''}`}
                data-testid="cal-hour"
                data-date={day.date}
                data-hour={hour}
                onDragOver={allowDrop}
                onDrop={(event) => dropOnHour(event, day.date, hour)}
                onDoubleClick={(event) =>
                  event.target === event.currentTarget && onCreate(day.date, `${pad(hour)}:00`)
                }
              >
                {day.occurrences
                  .filter((o) => hourOf(o) === hour)
                  .map((o) => (
                    <SlotChip
                      key={o.id}
                      occurrence={o}
                      calendar={calendar}
                      warned={warnedIds.has(o.id)}
                      paused={slotPaused(pause, o.startMs)}
                      onOpen={onOpen}
                    />
                  ))}
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function findIn(view: RangeView, id: string): Occurrence | undefined {
  for (const day of view.days) {
    const found = day.occurrences.find((o) => o.id === id);
    if (found) return found;
  }
  return undefined;
}
