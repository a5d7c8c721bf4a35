import type { Calendar, Occurrence } from '@/lib/calendar';
import { utcToLocal } from '@/lib/calendar';
import { formatLocalTime } from '@/lib/i18n/format';
import { byPlatform } from '@/lib/platforms';
import { PlatformMark } from '../../shared/PlatformMark';
import { useIntlLocale, useT } from '../../shared/i18n';

export const DRAG_TYPE = 'application/x-onbrand-occurrence';

/** Each platform's colour (lib/platforms/, as in the report charts). */
const PLATFORM_COLOURS: Record<string, string> = byPlatform((platform) => platform.colour);

/** A slot in the week or month grid: draggable, opens the editor on click. */
export function SlotChip({
  occurrence,
  calendar,
  warned,
  paused = false,
  onOpen,
}: {
  occurrence: Occurrence;
  calendar: Calendar;
  warned: boolean;
  /** In a crisis pause's window (lib/pause): marked, its reminder silent until the pause ends. */
  paused?: boolean;
  onOpen(o: Occurrence): void;
}) {
  const t = useT();
  const campaign = occurrence.campaignId
    ? calendar.campaigns.find((c) => c.id === occurrence.campaignId)
    : undefined;
  const locale = useIntlLocale();
  const colour = PLATFORM_COLOURS[occurrence.platform] ?? '#98a2b3';
  const time = formatLocalTime(
    locale,
    utcToLocal(occurrence.startMs, calendar.settings.timeZone).slice(11, 16),
  );
  return (
    // The chip is dragged and clicked as a whole; keyboard users reach its button (a link to the published post
    // sits beside it, never inside it: nested controls are unreachable for screen readers).
    <div
      draggable
      className={`cal-slot cal-status-${occurrence.status}${warned ? ' cal-warned' : ''}`}
      // The platform's colour (the same as in the report charts) marks the chip; a campaign's colour, when the
      // slot belongs to one, keeps the left edge.
      style={{ borderLeftColor: campaign ? campaign.color : colour }}
      data-testid="cal-slot"
      data-occurrence-id={occurrence.id}
      data-status={occurrence.status}
      data-platform={occurrence.platform}
      data-paused={paused}
      title={`${time} ${t(`platform.${occurrence.platform}`)} · ${occurrence.title} (${t(`calendar.status.${occurrence.status}`)}${paused ? ` · ${t('pause.slot')}` : ''})`}
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, occurrence.id);
        event.dataTransfer.setData('text/plain', occurrence.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => onOpen(occurrence)}
    >
      <button type="button" className="cal-slot-open" data-testid="cal-slot-open">
        <time>{time}</time> <PlatformMark platform={occurrence.platform} />
        <strong>{t(`platform.${occurrence.platform}`)}</strong> <span>{occurrence.title}</span>
        {occurrence.recurring && (
          <span className="cal-repeat" role="img" aria-label={t('calendar.dash.series')}>
            ↻
          </span>
        )}
        {paused && (
          <span className="slot-paused-mark" data-testid="cal-slot-paused">
            {t('pause.slot')}
          </span>
        )}
      </button>
      {occurrence.status === 'published' && occurrence.url && (
        <a
          href={occurrence.url}
          target="_blank"
          rel="noreferrer"
          data-testid="cal-slot-link"
          aria-label={t('calendar.dash.openPost')}
          onClick={(e) => e.stopPropagation()}
        >
          ↗
        </a>
      )}
    </div>
  );
}
