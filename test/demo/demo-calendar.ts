// Today's plan for the demo (and the accessibility e2e): slots around now in the given zone, a campaign running.
// Kept apart from seed.ts, which imports the starter packs (JSON modules the e2e runner does not load).
import { emptyCalendar, utcToLocal, type Calendar, type Slot } from '@/lib/calendar';

/** Local wall time `hours` from now, kept inside today (a demo run just after midnight still plans "today"). */
function todayAround(zone: string, now: number, hours: number): string {
  const local = utcToLocal(now, zone);
  const day = local.slice(0, 10);
  const minutes = Math.min(23 * 60 + 30, Math.max(0, Number(local.slice(11, 13)) * 60 + hours * 60));
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${day}T${hh}:00`;
}

export function demoCalendar(zone: string, now = Date.now()): Calendar {
  const slot = (id: string, hours: number, extra: Partial<Slot>): Slot => ({
    id,
    start: todayAround(zone, now, hours),
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
