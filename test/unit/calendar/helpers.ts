import { emptyCalendar, type Calendar, type Slot } from '@/lib/calendar/schema';

/** A slot with sensible defaults; tests override only what they are about. */
export function slot(partial: Partial<Slot> & Pick<Slot, 'id' | 'start'>): Slot {
  return {
    timeZone: 'Asia/Shanghai',
    durationMinutes: 30,
    platform: 'weibo',
    contentType: 'text',
    title: 'Post',
    owner: 'mei',
    status: 'planned',
    notes: '',
    ...partial,
  };
}

export function calendarWith(
  slots: Slot[],
  timeZone = 'Asia/Shanghai',
  extra: Partial<Calendar> = {},
): Calendar {
  return { ...emptyCalendar(timeZone), slots, ...extra };
}

export const utc = (iso: string) => Date.parse(iso);
