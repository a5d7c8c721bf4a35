import { ownersOf, type Calendar } from '@/lib/calendar';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { useT } from '../../shared/i18n';

export type CalendarMode = 'week' | 'month';
export interface CalendarFilters {
  platform: PlatformId | '';
  campaignId: string;
  owner: string;
}

/** View switch, navigation, filters and "add slot". */
export function CalendarToolbar({
  calendar,
  mode,
  title,
  filters,
  onMode,
  onStep,
  onToday,
  onFilters,
  onAdd,
}: {
  calendar: Calendar;
  mode: CalendarMode;
  title: string;
  filters: CalendarFilters;
  onMode(mode: CalendarMode): void;
  onStep(direction: -1 | 1): void;
  onToday(): void;
  onFilters(filters: CalendarFilters): void;
  onAdd(): void;
}) {
  const t = useT();
  return (
    <div className="cal-toolbar">
      <div className="cal-toolbar-group" role="group">
        <button
          type="button"
          data-testid="cal-view-week"
          aria-pressed={mode === 'week'}
          onClick={() => onMode('week')}
        >
          {t('calendar.view.week')}
        </button>
        <button
          type="button"
          data-testid="cal-view-month"
          aria-pressed={mode === 'month'}
          onClick={() => onMode('month')}
        >
          {t('calendar.view.month')}
        </button>
      </div>
      <div className="cal-toolbar-group">
        <button
          type="button"
          data-testid="cal-prev"
          aria-label={t('calendar.view.previous')}
          onClick={() => onStep(-1)}
        >
          ‹
        </button>
        <button type="button" data-testid="cal-today" onClick={onToday}>
          {t('calendar.view.current')}
        </button>
        <button
          type="button"
          data-testid="cal-next"
          aria-label={t('calendar.view.next')}
          onClick={() => onStep(1)}
        >
          ›
        </button>
        <strong className="cal-range-title" data-testid="cal-range-title">
          {title}
        </strong>
      </div>
      <div className="cal-toolbar-group">
        <select
          aria-label={t('calendar.filter.platform')}
          data-testid="cal-filter-platform"
          value={filters.platform}
          onChange={(e) => onFilters({ ...filters, platform: e.target.value as PlatformId | '' })}
        >
          <option value="">
            {t('calendar.filter.platform')}: {t('calendar.filter.all')}
          </option>
          {PLATFORM_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`platform.${p}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('calendar.filter.campaign')}
          data-testid="cal-filter-campaign"
          value={filters.campaignId}
          onChange={(e) => onFilters({ ...filters, campaignId: e.target.value })}
        >
          <option value="">
            {t('calendar.filter.campaign')}: {t('calendar.filter.all')}
          </option>
          {calendar.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('calendar.filter.owner')}
          data-testid="cal-filter-owner"
          value={filters.owner}
          onChange={(e) => onFilters({ ...filters, owner: e.target.value })}
        >
          <option value="">
            {t('calendar.filter.owner')}: {t('calendar.filter.all')}
          </option>
          {ownersOf(calendar).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="ob-primary" data-testid="cal-add-slot" onClick={onAdd}>
        {t('calendar.action.add')}
      </button>
    </div>
  );
}
