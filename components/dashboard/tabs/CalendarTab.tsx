import { useMemo, useState } from 'react';
import {
  addDays,
  localDateOf,
  monthStart,
  monthView,
  moveOccurrence,
  rhythmViolations,
  utcToLocal,
  weekView,
  type Occurrence,
  type OccurrenceFilter,
} from '@/lib/calendar';
import { formatLocalDate, formatLocalTime } from '@/lib/i18n/format';
import { useIntlLocale, useT } from '../../shared/i18n';
import { CalendarToolbar, type CalendarFilters, type CalendarMode } from '../calendar/CalendarToolbar';
import { MonthGrid, WeekGrid } from '../calendar/CalendarGrid';
import { SlotForm, type SlotFormTarget } from '../calendar/SlotForm';
import { ImportExport } from '../calendar/ImportExport';
import { CampaignsPanel } from '../calendar/CampaignsPanel';
import { RhythmPanel } from '../calendar/RhythmPanel';
import { SettingsPanel } from '../calendar/SettingsPanel';
import { useCalendarDoc } from '../calendar/useCalendarDoc';
import '../calendar/calendar.css';

/** The content calendar: week and month grids with drag and drop, slot editing, campaigns, rhythm, import/export. */
export function CalendarTab() {
  const t = useT();
  const locale = useIntlLocale();
  const doc = useCalendarDoc();
  const [mode, setMode] = useState<CalendarMode>('month');
  const [anchor, setAnchor] = useState<string | null>(null);
  const [filters, setFilters] = useState<CalendarFilters>({ platform: '', campaignId: '', owner: '' });
  const [form, setForm] = useState<SlotFormTarget | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const calendar = doc.snapshot?.calendar;
  const zone = calendar?.settings.timeZone ?? 'UTC';
  const today = localDateOf(Date.now(), zone);
  const date = anchor ?? today;

  const filter = useMemo<OccurrenceFilter>(
    () => ({
      ...(filters.platform ? { platforms: [filters.platform] } : {}),
      ...(filters.campaignId ? { campaignIds: [filters.campaignId] } : {}),
      ...(filters.owner ? { owners: [filters.owner] } : {}),
    }),
    [filters],
  );
  const view = useMemo(
    () =>
      calendar
        ? mode === 'month'
          ? monthView(calendar, date, { filter })
          : weekView(calendar, date, { filter })
        : null,
    [calendar, mode, date, filter],
  );
  const violations = useMemo(() => {
    if (!calendar || !view) return [];
    return rhythmViolations(calendar, view.days[0].startMs, view.days[view.days.length - 1].endMs);
  }, [calendar, view]);
  const warnedIds = useMemo(() => new Set(violations.flatMap((v) => v.occurrenceIds)), [violations]);

  if (!calendar || !view || !doc.snapshot) return <section data-testid="calendar-tab" />;

  const step = (direction: -1 | 1) => {
    if (mode === 'week') setAnchor(addDays(date, 7 * direction));
    else setAnchor(monthStart(direction < 0 ? addDays(monthStart(date), -1) : addDays(monthStart(date), 32)));
  };
  const move = (id: string, toMs: number) =>
    void doc
      .edit((c) => moveOccurrence(c, id, toMs))
      .then(
        (ok) => ok && setNotice(t('calendar.dash.moved', { time: formatMoment(utcToLocal(toMs, zone)) })),
      );
  const open = (occurrence: Occurrence) => setForm({ kind: 'edit', occurrence });
  const formatMoment = (local: string) =>
    `${formatLocalDate(locale, local.slice(0, 10), 'short')} ${formatLocalTime(locale, local.slice(11, 16))}`;
  const title =
    mode === 'month'
      ? formatLocalDate(locale, monthStart(date), 'month')
      : t('calendar.dash.weekOf', { date: formatLocalDate(locale, view.days[0].date, 'medium') });
  const problems = doc.snapshot.problems;

  return (
    <section data-testid="calendar-tab" className="cal" data-mode={mode}>
      <h2>{t('dash.tab.calendar')}</h2>
      <p className="ob-muted">
        {t('dash.calendar.intro')} {t('calendar.dash.dragHint')}
      </p>
      {problems && (
        <p className="cal-warning" role="alert" data-testid="cal-broken">
          {t('calendar.dash.broken', {
            count: problems.length,
            first: `${problems[0].path}: ${problems[0].message}`,
          })}
        </p>
      )}
      {doc.error && (
        <p className="cal-warning" role="alert" data-testid="cal-error">
          {t('calendar.dash.saveError', { errors: doc.error })}
        </p>
      )}
      <CalendarToolbar
        calendar={calendar}
        mode={mode}
        title={title}
        filters={filters}
        onMode={setMode}
        onStep={step}
        onToday={() => setAnchor(null)}
        onFilters={setFilters}
        onAdd={() => setForm({ kind: 'new', date: date < today && mode === 'month' ? today : date })}
      />
      {violations.length > 0 && (
        <ul className="cal-warnings" data-testid="cal-rhythm-warnings">
          {violations.map((v) => (
            <li key={`${v.ruleId}:${v.periodStart}`} data-testid="cal-rhythm-warning">
              {t('calendar.rhythm.planned', {
                platform: t(`platform.${v.platform}`),
                count: v.count,
                period: t(`calendar.rhythm.period.${v.period}`),
                start: formatLocalDate(locale, v.periodStart, 'medium'),
                max: v.max,
              })}
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p className="ob-muted" role="status" data-testid="cal-notice">
          {notice}
        </p>
      )}
      {mode === 'month' ? (
        <MonthGrid
          calendar={calendar}
          view={view}
          today={today}
          warnedIds={warnedIds}
          onOpen={open}
          onMove={move}
          onCreate={(d, time) => setForm({ kind: 'new', date: d, time })}
        />
      ) : (
        <WeekGrid
          calendar={calendar}
          view={view}
          today={today}
          warnedIds={warnedIds}
          onOpen={open}
          onMove={move}
          onCreate={(d, time) => setForm({ kind: 'new', date: d, time })}
        />
      )}
      {form && <SlotForm calendar={calendar} target={form} onSave={doc.edit} onClose={() => setForm(null)} />}
      <div className="cal-panels">
        <CampaignsPanel calendar={calendar} today={today} onSave={doc.edit} />
        <RhythmPanel calendar={calendar} onSave={doc.edit} />
        <SettingsPanel calendar={calendar} onSave={doc.edit} />
        <ImportExport calendar={calendar} onSave={doc.edit} />
      </div>
    </section>
  );
}
