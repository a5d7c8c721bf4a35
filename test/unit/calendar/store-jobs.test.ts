import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { findOccurrence, localToUtc, type Calendar } from '@/lib/calendar';
import {
  CALENDAR_KEY,
  CALENDAR_REVISION_KEY,
  createCalendarWriter,
  readCalendar,
  type CalendarStorageArea,
} from '@/lib/calendar/store';
import {
  createCalendarJobs,
  NOTIFICATION_ICON,
  NOTIFICATION_PREFIX,
  REMINDED_KEY,
  REMINDER_ALARM,
  TICK_ALARM,
  TICK_MINUTES,
} from '@/lib/calendar/jobs';
import { dueReminders, nextReminderAt } from '@/lib/calendar/reminders';
import { createToolbarBadge } from '@/lib/background/toolbar-badge';
import { endPause, PAUSE_END_ALARM, PAUSE_KEY, startPause, type StoredPauses } from '@/lib/pause/pause';
import { publishEventsOf } from '@/lib/records/plan-events';
import type { ActivityRecord } from '@/lib/records/schema';
import { calendarWith, slot } from './helpers';

const ZONE = 'Asia/Shanghai';
const at = (local: string) => localToUtc(local, ZONE);

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** `slow`: browser APIs answer as over IPC (a later task), the notification after a few milliseconds. */
function harness(calendar: Calendar, startLocal: string, slow = false) {
  const data: Record<string, unknown> = { [CALENDAR_KEY]: calendar, [CALENDAR_REVISION_KEY]: 1 };
  const storage: CalendarStorageArea = {
    get: async (keys) => (
      slow && (await tick()),
      Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]))
    ),
    set: async (items) => {
      if (slow) await tick();
      Object.assign(data, structuredClone(items));
    },
  };
  const clock = { now: at(startLocal) };
  const alarms = new Map<string, { when?: number; periodInMinutes?: number }>();
  const notifications: { id: string; title: string; message: string; buttons?: { title: string }[] }[] = [];
  const cleared: string[] = [];
  const badge = { text: '', title: '', color: '' };
  const opened: string[] = [];
  const jobs = createCalendarJobs({
    storage,
    writer: createCalendarWriter(storage, ZONE),
    alarms: {
      create: (name, info) => void alarms.set(name, info),
      clear: async (name) => alarms.delete(name),
      get: async (name) => (alarms.has(name) ? { name } : undefined),
    },
    notifications: {
      create: async (id, options) => {
        notifications.push({ id, ...options });
        if (slow) await tick(5);
        return id;
      },
      clear: async (id) => {
        cleared.push(id);
        return true;
      },
    },
    openTab: async (url) => opened.push(url),
    locale: async () => 'en',
    now: () => clock.now,
    // The worker's badge as lib/background/calendar-listeners.ts wires it: due posts are one of its sources.
    toolbarBadge: createToolbarBadge({
      storage,
      badge: {
        setBadgeText: ({ text }) => void (badge.text = text),
        setBadgeBackgroundColor: ({ color }) => void (badge.color = color),
        setTitle: ({ title }) => void (badge.title = title),
      },
      locale: async () => 'en',
      now: () => clock.now,
    }),
  });
  return {
    jobs,
    storage,
    clock,
    alarms,
    notifications,
    cleared,
    badge,
    opened,
    read: () => readCalendar(storage, ZONE),
  };
}

const plan = () =>
  calendarWith(
    [
      slot({ id: 'morning', start: '2026-03-06T09:00', platform: 'x', title: 'Launch teaser' }),
      slot({ id: 'noon', start: '2026-03-06T12:00', platform: 'weibo', title: '午间话题' }),
      slot({
        id: 'daily',
        start: '2026-03-01T18:00',
        platform: 'xiaohongshu',
        rrule: 'FREQ=DAILY',
        title: 'Evening note',
      }),
    ],
    ZONE,
  );

describe('reminders', () => {
  it('schedules one alarm for the next reminder and notifies once when it fires', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    await h.jobs.run();
    // Reminders are 15 minutes ahead: 08:45 for the 09:00 slot.
    expect(h.alarms.get(REMINDER_ALARM)?.when).toBe(at('2026-03-06T08:45'));
    expect(h.notifications).toEqual([]);

    h.clock.now = at('2026-03-06T08:45');
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications).toHaveLength(1);
    expect(h.notifications[0]).toMatchObject({
      id: `${NOTIFICATION_PREFIX}morning`,
      title: 'Coming up on X',
      message: '09:00 · Launch teaser',
      buttons: [{ title: 'Open compose page' }],
    });
    expect(h.alarms.get(REMINDER_ALARM)?.when).toBe(at('2026-03-06T11:45'));

    // The same alarm again (a retry, a second worker) does not notify twice.
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications).toHaveLength(1);
  });

  it('an alarm and a calendar change arriving together show one reminder, not two (jobs run one at a time)', async () => {
    const h = harness(plan(), '2026-03-06T08:00', true);
    await h.jobs.run();
    h.clock.now = at('2026-03-06T08:45');
    // As the worker sees it: the reminder alarm fires while a dashboard edit's storage change is delivered.
    await Promise.all([h.jobs.onAlarm(REMINDER_ALARM), h.jobs.calendarChanged(), h.jobs.onAlarm(TICK_ALARM)]);
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}morning`]);
    expect(h.alarms.get(REMINDER_ALARM)?.when).toBe(at('2026-03-06T11:45'));
  });

  it('a failed job does not stop the next one', async () => {
    const h = harness(plan(), '2026-03-06T08:45');
    const set = h.storage.set;
    let fail = true;
    h.storage.set = async (items) => {
      if (fail) {
        fail = false;
        throw new Error('quota');
      }
      return set(items);
    };
    const first = h.jobs.onAlarm(REMINDER_ALARM);
    const second = h.jobs.calendarChanged();
    await expect(first).rejects.toThrow('quota');
    await second;
    expect(h.badge.text).toBe('3');
  });

  it('a slot added inside its reminder lead is announced at once; skipped slots are not', async () => {
    const h = harness(plan(), '2026-03-06T11:50');
    await h.jobs.calendarChanged();
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}noon`]);
    expect(h.notifications[0]).toMatchObject({ title: 'Coming up on Weibo', message: '12:00 · 午间话题' });

    const skipped = plan();
    skipped.slots[1].status = 'skipped';
    expect(dueReminders(skipped, at('2026-03-06T11:50'), {})).toEqual([]);
    // The daily series: the next reminder is tomorrow's once today's was shown.
    expect(
      nextReminderAt(skipped, at('2026-03-06T17:50'), { 'daily@2026-03-06T18:00': at('2026-03-06T18:00') }),
    ).toBe(at('2026-03-07T17:45'));
  });

  it('the notification button opens the compose page of that slot', async () => {
    const h = harness(plan(), '2026-03-06T08:50');
    await h.jobs.run();
    await h.jobs.onNotificationButton(`${NOTIFICATION_PREFIX}morning`, 0);
    expect(h.opened).toEqual(['https://x.com/compose/post']);
    expect(h.cleared).toEqual([`${NOTIFICATION_PREFIX}morning`]);
    await h.jobs.onNotificationButton('someone-else', 0);
    expect(h.opened).toHaveLength(1);
  });

  it('a drafted slot is reminded like a planned one; published and skipped slots are not', async () => {
    const day = (status: 'planned' | 'drafted' | 'published' | 'skipped', id: string, start: string) =>
      slot({ id, start, platform: 'x', title: id, status });
    const h = harness(
      calendarWith(
        [
          day('drafted', 'drafted', '2026-03-06T09:00'),
          day('published', 'published', '2026-03-06T09:05'),
          day('skipped', 'skipped', '2026-03-06T09:10'),
        ],
        ZONE,
      ),
      '2026-03-06T08:55',
    );
    await h.jobs.run();
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}drafted`]);
  });

  it('an alarm that runs up to a minute late still shows the reminder of a slot that has just started', async () => {
    // The worker was asleep: the 08:45 alarm runs at 09:00:30, after the slot started.
    const late = harness(plan(), '2026-03-06T09:00');
    late.clock.now += 30_000;
    await late.jobs.onAlarm(REMINDER_ALARM);
    expect(late.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}morning`]);
    // Two minutes after the start the moment has passed: no reminder for a post that should already be out.
    const tooLate = harness(plan(), '2026-03-06T09:02');
    await tooLate.jobs.onAlarm(REMINDER_ALARM);
    expect(tooLate.notifications).toEqual([]);
  });

  it('the next reminder alarm skips slots already reminded (a shorter lead set after the reminder)', () => {
    // Morning reminded at 08:45 with a 15-minute lead; with a 5-minute lead its reminder time is 08:55 again.
    const calendar = plan();
    calendar.settings.reminderMinutes = 5;
    const now = at('2026-03-06T08:50');
    expect(nextReminderAt(calendar, now, {})).toBe(at('2026-03-06T08:55'));
    expect(nextReminderAt(calendar, now, { morning: at('2026-03-06T09:00') })).toBe(at('2026-03-06T11:55'));
  });

  it('the reminded map forgets slots that started more than a day ago and keeps the recent ones', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    await h.storage.set({
      [REMINDED_KEY]: { old: at('2026-03-05T07:00'), recent: at('2026-03-05T09:00') },
    });
    await h.jobs.run();
    expect((await h.storage.get([REMINDED_KEY]))[REMINDED_KEY]).toEqual({ recent: at('2026-03-05T09:00') });
  });

  it('a tick alarm that already exists is left as it is (re-creating it would restart its period)', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    const existing = { periodInMinutes: TICK_MINUTES, when: at('2026-03-06T08:10') };
    h.alarms.set(TICK_ALARM, existing);
    await h.jobs.ensureTick();
    expect(h.alarms.get(TICK_ALARM)).toBe(existing);
  });

  it('keeps a periodic tick alarm', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    await h.jobs.ensureTick();
    expect(h.alarms.get(TICK_ALARM)).toEqual({ periodInMinutes: TICK_MINUTES });
  });
});

describe('a crisis pause', () => {
  const pauseFrom = (h: ReturnType<typeof harness>, until?: number): StoredPauses =>
    startPause(
      { version: 1, pauses: [] },
      { id: 'p1', now: h.clock.now, until, reason: 'Recall', terms: [] },
    );

  it('holds back the reminders of slots in its window and announces the upcoming ones once it is switched off', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    const paused = pauseFrom(h);
    await h.storage.set({ [PAUSE_KEY]: paused });
    h.clock.now = at('2026-03-06T08:45');
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications).toEqual([]);
    // Not marked shown: nothing is lost.
    h.clock.now = at('2026-03-06T08:50');
    await h.storage.set({ [PAUSE_KEY]: endPause(paused, h.clock.now) });
    await h.jobs.calendarChanged();
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}morning`]);
  });

  it('a timed pause sets an alarm at its end; then reminders resume (a paused slot already started stays silent)', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    await h.storage.set({ [PAUSE_KEY]: pauseFrom(h, at('2026-03-06T09:30')) });
    await h.jobs.run();
    expect(h.alarms.get(PAUSE_END_ALARM)?.when).toBe(at('2026-03-06T09:30'));
    h.clock.now = at('2026-03-06T08:45');
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications).toEqual([]);
    h.clock.now = at('2026-03-06T09:30');
    await h.jobs.onAlarm(PAUSE_END_ALARM);
    expect(h.notifications).toEqual([]);
    expect(h.alarms.has(PAUSE_END_ALARM)).toBe(false);
    expect(h.alarms.get(REMINDER_ALARM)?.when).toBe(at('2026-03-06T11:45'));
    h.clock.now = at('2026-03-06T11:45');
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}noon`]);
  });

  it('a slot after a timed pause is reminded as usual', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    await h.storage.set({ [PAUSE_KEY]: pauseFrom(h, at('2026-03-06T08:30')) });
    h.clock.now = at('2026-03-06T11:45');
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}noon`]);
  });
});

describe('badge and missed slots', () => {
  it('shows the slots still due today and marks slots past the window as missed', async () => {
    const h = harness(plan(), '2026-03-06T08:00');
    await h.jobs.run();
    expect(h.badge).toMatchObject({ text: '3', title: '3 planned posts still due today' });

    // 09:00 + 2 h window passed without a publish: missed (still counted as due: it was not posted).
    h.clock.now = at('2026-03-06T11:30');
    await h.jobs.onAlarm(TICK_ALARM);
    const { calendar } = await h.read();
    expect(findOccurrence(calendar, 'morning')?.status).toBe('missed');
    expect(findOccurrence(calendar, 'noon')?.status).toBe('planned');
    expect(h.badge.text).toBe('3');
  });
});

describe('names and the badge at rest', () => {
  it('keeps the stored names (alarms, storage key, notification ids) that earlier versions created', () => {
    // Renaming any of these would orphan alarms and reminders already scheduled by an installed version.
    expect([REMINDER_ALARM, TICK_ALARM, TICK_MINUTES, REMINDED_KEY, NOTIFICATION_PREFIX]).toEqual([
      'onbrand-reminder',
      'onbrand-calendar-tick',
      15,
      'calendarReminded',
      'onbrand-reminder:',
    ]);
  });

  it("the notifications' icon is a file the package ships (a missing one makes Chrome refuse the notification)", () => {
    expect(NOTIFICATION_ICON).toBe('icon/48.png');
    expect(existsSync(`assets/public/${NOTIFICATION_ICON}`)).toBe(true);
  });

  it('an empty day: no badge number, the app name as title, the accent colour', async () => {
    const h = harness(calendarWith([], ZONE), '2026-03-06T08:00');
    await h.jobs.run();
    expect(h.badge).toEqual({ text: '', title: 'Onbrand', color: '#4f46e5' });
    expect(h.alarms.has(REMINDER_ALARM)).toBe(false);
  });

  it('notification buttons: only the first button of an Onbrand reminder opens a page; the reminder is then cleared', async () => {
    const h = harness(plan(), '2026-03-06T08:50');
    await h.jobs.onNotificationButton(`${NOTIFICATION_PREFIX}morning`, 1);
    await h.jobs.onNotificationButton('someone-else:morning', 0);
    expect([h.opened, h.cleared]).toEqual([[], []]);
    // A slot with no compose page (or gone): nothing opens, but the notification is still cleared.
    await h.jobs.onNotificationButton(`${NOTIFICATION_PREFIX}no-such-slot`, 0);
    expect([h.opened, h.cleared]).toEqual([[], [`${NOTIFICATION_PREFIX}no-such-slot`]]);
  });

  it('a damaged reminded map in storage counts as empty (the reminder is shown, not lost)', async () => {
    const h = harness(plan(), '2026-03-06T08:45');
    await h.storage.set({ [REMINDED_KEY]: 'garbage' });
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}morning`]);
    expect((await h.storage.get([REMINDED_KEY]))[REMINDED_KEY]).toEqual({ morning: at('2026-03-06T09:00') });
  });

  it('an emptied reminded map (null in storage) counts as empty too', async () => {
    const h = harness(plan(), '2026-03-06T08:45');
    await h.storage.set({ [REMINDED_KEY]: null });
    await h.jobs.onAlarm(REMINDER_ALARM);
    expect(h.notifications.map((n) => n.id)).toEqual([`${NOTIFICATION_PREFIX}morning`]);
  });

  it('another alarm name does nothing', async () => {
    const h = harness(plan(), '2026-03-06T08:45');
    await h.jobs.onAlarm('someone-else');
    expect([h.notifications, h.badge.text]).toEqual([[], '']);
  });
});

describe('plan versus actual', () => {
  const publish = (
    platform: 'x' | 'weibo',
    local: string,
    url: string,
    postKind: 'post' | 'reply' = 'post',
  ): ActivityRecord => ({
    id: `rec-${local}-${platform}-${postKind}`,
    at: at(local),
    platform,
    kind: 'publish',
    postKind,
    url,
    text: 'hello',
    findings: [],
    templateIds: [],
  });

  it('a stored post turns the nearest slot of its platform published with its link; replies do not', async () => {
    const h = harness(plan(), '2026-03-06T09:30');
    await h.jobs.matchPosts(
      publishEventsOf([publish('x', '2026-03-06T09:20', 'https://x.com/onbrand/status/9', 'reply')]),
    );
    expect(findOccurrence((await h.read()).calendar, 'morning')?.status).toBe('planned');
    await h.jobs.matchPosts(
      publishEventsOf([publish('x', '2026-03-06T09:20', 'https://x.com/onbrand/status/10')]),
    );
    const morning = findOccurrence((await h.read()).calendar, 'morning');
    expect(morning).toMatchObject({
      status: 'published',
      url: 'https://x.com/onbrand/status/10',
      publishedAt: at('2026-03-06T09:20'),
    });
    await h.jobs.run();
    expect(h.badge.text).toBe('2');
  });

  it('a post outside the window matches nothing', async () => {
    const h = harness(plan(), '2026-03-06T15:00');
    await h.jobs.matchPosts(
      publishEventsOf([publish('weibo', '2026-03-06T14:30', 'https://weibo.com/1/abc')]),
    );
    expect(findOccurrence((await h.read()).calendar, 'noon')?.status).toBe('planned');
  });
});
