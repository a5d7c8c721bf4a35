// Today's plan for the demo (and the accessibility e2e): slots around now in the given zone, a campaign running.
// Kept apart from seed.ts, which imports the starter packs (JSON modules the e2e runner does not load).
import { emptyCalendar, utcToLocal, type Calendar, type Slot } from '@/lib/calendar';

/** The last time of day the demo plans a slot at. */
const DAY_END_MINUTES = 23 * 60 + 45;

/**
 * Local wall time `units` steps from now, kept inside today and on a five-minute mark. A step is an hour, or less
 * when the day has less than five hours left, so a late run still shows its plan spread over the rest of the day
 * (whole hours clamped at 23:00 stacked three slots on one time).
 */
function todayAround(zone: string, now: number, units: number): string {
  const local = utcToLocal(now, zone);
  const nowMinutes = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
  const step = Math.max(5, Math.min(60, (DAY_END_MINUTES - nowMinutes) / 5));
  const at = Math.round((nowMinutes + units * step) / 5) * 5;
  const minutes = Math.min(DAY_END_MINUTES, Math.max(0, at));
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local.slice(0, 10)}T${hh}:${mm}`;
}

export function demoCalendar(zone: string, now = Date.now()): Calendar {
  const slot = (id: string, units: number, extra: Partial<Slot>): Slot => ({
    id,
    start: todayAround(zone, now, units),
    timeZone: zone,
    durationMinutes: 30,
    platform: 'x',
    contentType: 'text',
    title: id,
    owner: 'Mei',
    status: 'planned',
    notes: '',
    ...extra,
  });
  return {
    ...emptyCalendar(zone),
    campaigns: [
      {
        id: 'launch',
        name: 'Winter launch',
        kind: 'campaign',
        color: '#7c3aed',
        startDate: utcToLocal(now - 7 * 86_400_000, zone).slice(0, 10),
        endDate: utcToLocal(now + 7 * 86_400_000, zone).slice(0, 10),
      },
    ],
    slots: [
      slot('morning-weibo', -3, {
        platform: 'weibo',
        title: '早安问候',
        status: 'published',
        url: 'https://weibo.com/1/demo',
      }),
      slot('launch-x', 1, {
        platform: 'x',
        title: 'Launch thread',
        campaignId: 'launch',
        notes: 'Pin the thread',
      }),
      slot('xhs-photos', 3, {
        platform: 'xiaohongshu',
        contentType: 'image',
        title: '新品开箱',
        campaignId: 'launch',
      }),
      slot('linkedin-hiring', 5, { platform: 'linkedin', title: 'We are hiring' }),
    ],
  };
}
