import { PAUSE_END_ALARM, PAUSE_KEY, readPauses, startPause } from '@/lib/pause/pause';
import { describe, expect, it } from 'vitest';
import {
  createReminderJobs,
  LAST_DAY_KEY,
  MORNING_ALARM,
  WELCOME_ALARM,
} from '@/lib/community/reminders/jobs';
import { dueDay, nextMorning } from '@/lib/community/reminders/morning';
import {
  queueNewcomers,
  EMPTY_WELCOME,
  WELCOME_BATCH_MS,
  WELCOMED_CAP,
  WELCOMED_CHUNK,
  WELCOMED_CHUNKS,
  isWelcomed,
  type WelcomeState,
} from '@/lib/community/reminders/welcome';
import {
  readWelcome,
  WELCOME_KEY,
  WELCOMED_PREFIX,
  writeWelcome,
} from '@/lib/community/reminders/welcome-store';
import { REMINDER_PREFS_KEY, DEFAULT_REMINDER_PREFS } from '@/lib/community/reminders/prefs';
import { SHIPPED_HOLIDAYS, type Holiday } from '@/lib/community/reminders/holiday-list';
import { holidaysInForce } from '@/lib/community/reminders/holidays';
import { ownComposePage } from '@/lib/community/reminders/holiday-page';
import { birthdayDays } from '@/lib/community/members/birthdays';
import type { Member } from '@/lib/community/members/member';

// The reminders' scheduling: the morning alarm across zones and DST, the local day boundary, one welcome per
// member ever, batching, and a worker restart that does not show anything twice (the jobs run against fake
// storage, alarms and notifications that survive "restarts": a new jobs object over the same fakes).

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function member(handle: string, firstSeen: number, extra: Partial<Member> = {}): Member {
  return {
    id: `weibo:${handle}`,
    platform: 'weibo',
    handle,
    firstSeen,
    lastSeen: firstSeen,
    comments: 1,
    repliesReceived: 0,
    tags: [],
    notes: '',
    lastCommentUrl: `https://weibo.com/1/${handle}`,
    ...extra,
  };
}

describe('nextMorning and dueDay', () => {
  it('is the next 09:00 in the zone, today before it and tomorrow after it', () => {
    // 2026-12-05 00:30 UTC = 08:30 in Shanghai: 09:00 is in 30 minutes.
    const now = Date.UTC(2026, 11, 5, 0, 30);
    expect(nextMorning(now, 'Asia/Shanghai', 9)).toBe(Date.UTC(2026, 11, 5, 1, 0));
    expect(nextMorning(Date.UTC(2026, 11, 5, 1, 0), 'Asia/Shanghai', 9)).toBe(Date.UTC(2026, 11, 6, 1, 0));
    // The same instant is still 4 December in New York (19:30): its next 09:00 is 5 December, 14:00 UTC.
    expect(nextMorning(now, 'America/New_York', 9)).toBe(Date.UTC(2026, 11, 5, 14, 0));
  });

  it('follows daylight saving: 09:00 local is 13:00 UTC before the March change in New York, 13:00 after it', () => {
    // DST starts Sunday 8 March 2026 in New York (UTC-5 → UTC-4).
    const saturday = nextMorning(Date.UTC(2026, 2, 7, 12), 'America/New_York', 9);
    expect(saturday).toBe(Date.UTC(2026, 2, 7, 14));
    const sunday = nextMorning(saturday, 'America/New_York', 9);
    expect(sunday).toBe(Date.UTC(2026, 2, 8, 13));
    expect(sunday - saturday).toBe(23 * HOUR);
    // And back in November (UTC-4 → UTC-5): a 25-hour day.
    const before = nextMorning(Date.UTC(2026, 9, 31, 12), 'America/New_York', 9);
    expect(nextMorning(before, 'America/New_York', 9) - before).toBe(25 * HOUR);
  });

  it('is due once per local day, from the morning hour; the day boundary is the zone’s midnight', () => {
    const zone = 'Asia/Shanghai';
    expect(dueDay(Date.UTC(2026, 11, 5, 0, 59), zone, 9, undefined)).toBeUndefined(); // 08:59
    expect(dueDay(Date.UTC(2026, 11, 5, 1, 0), zone, 9, undefined)).toBe('2026-12-05');
    expect(dueDay(Date.UTC(2026, 11, 5, 15, 59), zone, 9, '2026-12-05')).toBeUndefined(); // 23:59, done
    // 16:00 UTC is midnight in Shanghai: a new day, but not yet morning.
    expect(dueDay(Date.UTC(2026, 11, 5, 16, 0), zone, 0, '2026-12-05')).toBe('2026-12-06');
    expect(dueDay(Date.UTC(2026, 11, 5, 16, 0), zone, 9, '2026-12-05')).toBeUndefined();
  });
});

describe('welcome queue', () => {
  const NOW = Date.UTC(2026, 11, 5, 10);
  it('queues a newcomer once, ever, and only when first seen recently', () => {
    const fresh = member('新粉丝', NOW - HOUR);
    const old = member('老朋友', NOW - 400 * DAY);
    const once = queueNewcomers(EMPTY_WELCOME, [fresh, old], NOW);
    expect(once.pending.map((m) => m.handle)).toEqual(['新粉丝']);
    const drained = { ...once, pending: [] };
    // Recreated later (retention, "delete everything"): still welcomed already.
    expect(queueNewcomers(drained, [member('新粉丝', NOW)], NOW + DAY)).toBe(drained);
  });

  it('a batch writes the index and the last chunk only, not the whole welcomed set; each member still once', async () => {
    const store: Record<string, unknown> = {};
    const writes: string[][] = [];
    const storage = {
      get: async (key: string) => ({ [key]: structuredClone(store[key]) }),
      set: async (items: Record<string, unknown>) => {
        writes.push(Object.keys(items));
        Object.assign(store, structuredClone(items));
      },
    };
    const batch = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => member(`m${from + i}`, NOW));
    for (let b = 0; b < 5; b++) {
      const before = await readWelcome(storage);
      await writeWelcome(storage, before, queueNewcomers(before, batch(b * 500, 500), NOW + b));
    }
    // 2,500 ids: three chunks; the fifth batch touched the third only.
    expect(writes.at(-1)).toEqual([`${WELCOMED_PREFIX}2`, WELCOME_KEY]);
    expect((store[WELCOME_KEY] as { chunks: number[] }).chunks).toEqual([0, 1, 2]);
    const state = await readWelcome(storage);
    expect(state.pending).toHaveLength(2_500);
    expect(queueNewcomers({ ...state, pending: [] }, batch(0, 2_500), NOW + DAY).pending).toEqual([]);
  });

  it('the first stored form (one map) moves into chunks once; the set keeps the most recent ids at its cap', async () => {
    const store: Record<string, unknown> = {
      [WELCOME_KEY]: { welcomed: { 'weibo:old': NOW - DAY, 'weibo:new': NOW }, pending: [] },
    };
    const storage = {
      get: async (key: string) => ({ [key]: structuredClone(store[key]) }),
      set: async (items: Record<string, unknown>) => void Object.assign(store, structuredClone(items)),
    };
    const state = await readWelcome(storage);
    expect(store[WELCOME_KEY]).toEqual({ pending: [], chunks: [0] });
    expect(store[`${WELCOMED_PREFIX}0`]).toEqual({ 'weibo:old': NOW - DAY, 'weibo:new': NOW });
    expect(queueNewcomers(state, [member('old', NOW)], NOW)).toBe(state);
    // Full: WELCOMED_CHUNKS chunks; one more id starts a chunk in the oldest one's key, which goes.
    let full: WelcomeState = EMPTY_WELCOME;
    const ids = Array.from({ length: WELCOMED_CAP + 1 }, (_, i) => member(`m${i}`, NOW));
    full = queueNewcomers(full, ids.slice(0, WELCOMED_CAP), NOW);
    expect(full.chunks).toHaveLength(WELCOMED_CHUNKS);
    full = queueNewcomers({ ...full, pending: [] }, ids.slice(WELCOMED_CAP), NOW + 1);
    expect(full.chunks).toHaveLength(WELCOMED_CHUNKS);
    expect(full.chunks.at(-1)).toEqual({ seq: 0, ids: { [`weibo:m${WELCOMED_CAP}`]: NOW + 1 } });
    expect(isWelcomed(full, 'weibo:m0')).toBe(false);
    expect(isWelcomed(full, `weibo:m${WELCOMED_CHUNK}`)).toBe(true);
  });
});

function fakes(start: number, options: { holidays?: Holiday[]; holidayPage?: string } = {}) {
  const store: Record<string, unknown> = {};
  const alarms = new Map<string, number>();
  const shown: Array<{ id: string; title: string; message: string }> = [];
  const opened: string[] = [];
  let clock = start;
  let tabs = 0;
  const jobs = (birthdays: Member[] = []) =>
    createReminderJobs({
      storage: {
        get: async (key) => ({ [key]: structuredClone(store[key]) }),
        set: async (items) => void Object.assign(store, structuredClone(items)),
      },
      alarms: {
        create: (name, info) => void alarms.set(name, info.when ?? 0),
        clear: async (name) => alarms.delete(name),
        get: async (name) => (alarms.has(name) ? { name } : undefined),
      },
      notifications: {
        create: async (id, options) => {
          shown.push({ id, title: options.title, message: options.message });
          return id;
        },
        clear: async () => true,
      },
      openTab: async (url) => {
        opened.push(url);
        return { id: ++tabs };
      },
      dashboardUrl: (hash) => `chrome-extension://x/options.html#${hash}`,
      locale: async () => 'en',
      zone: () => 'Asia/Shanghai',
      birthdaysOn: async (days) => birthdays.filter((m) => m.birthday && days.includes(m.birthday)),
      holidays: async () => options.holidays ?? SHIPPED_HOLIDAYS,
      holidayPage: async () => options.holidayPage,
      now: () => clock,
    });
  return { store, alarms, shown, opened, jobs, tick: (ms: number) => (clock += ms), now: () => clock };
}

describe('reminder jobs', () => {
  it('one newcomer: one welcome after the batch window naming them; its click opens their comment with the suggestion', async () => {
    const f = fakes(Date.UTC(2026, 11, 5, 2));
    const jobs = f.jobs();
    await jobs.welcome([member('新粉丝', f.now())]);
    expect(f.alarms.get(WELCOME_ALARM)).toBe(f.now() + WELCOME_BATCH_MS);
    expect(f.shown).toEqual([]);
    f.tick(WELCOME_BATCH_MS);
    await jobs.onAlarm(WELCOME_ALARM);
    expect(f.shown).toEqual([
      {
        id: 'onbrand-community:welcome:weibo:新粉丝',
        title: 'New member on Weibo',
        message: '新粉丝 commented on your post for the first time. Say welcome?',
      },
    ]);
    await jobs.open('onbrand-community:welcome:weibo:新粉丝');
    expect(f.opened).toEqual(['https://weibo.com/1/新粉丝']);
    expect(await jobs.suggestionFor(1, 'https://weibo.com/1/新粉丝')).toEqual({
      kind: 'welcome',
      author: '新粉丝',
    });
    // Another tab, another site, or an hour later: nothing.
    expect(await jobs.suggestionFor(2, 'https://weibo.com/1/新粉丝')).toBeNull();
    expect(await jobs.suggestionFor(1, 'https://x.com/a')).toBeNull();
    f.tick(HOUR);
    expect(await jobs.suggestionFor(1, 'https://weibo.com/1/新粉丝')).toBeNull();
  });

  it('a comment link that is not https on the member’s own platform (it came from a page) opens the Members tab', async () => {
    for (const link of [
      'javascript:alert(1)',
      'https://evil.example/weibo.com',
      'http://weibo.com/1/a',
      'https://x.com/a',
    ]) {
      const f = fakes(Date.UTC(2026, 11, 5, 2));
      const jobs = f.jobs();
      await jobs.welcome([member('新粉丝', f.now(), { lastCommentUrl: link })]);
      f.tick(WELCOME_BATCH_MS);
      await jobs.onAlarm(WELCOME_ALARM);
      await jobs.open('onbrand-community:welcome:weibo:新粉丝');
      expect(f.opened, link).toEqual(['chrome-extension://x/options.html#members/new']);
    }
  });

  it('many newcomers at once: one notification opening the Members tab on new members', async () => {
    const f = fakes(Date.UTC(2026, 11, 5, 2));
    const jobs = f.jobs();
    await jobs.welcome(['a', 'b', 'c', 'd', 'e', 'f'].map((h) => member(h, f.now())));
    await jobs.onAlarm(WELCOME_ALARM);
    expect(f.shown.map((s) => [s.title, s.message])).toEqual([
      ['6 new members to welcome', 'First-time commenters: a, b, c, d, e, …'],
    ]);
    await jobs.open(f.shown[0].id);
    expect(f.opened).toEqual(['chrome-extension://x/options.html#members/new']);
  });

  it('welcome off: nobody is queued', async () => {
    const f = fakes(Date.UTC(2026, 11, 5, 2));
    f.store[REMINDER_PREFS_KEY] = { ...DEFAULT_REMINDER_PREFS, welcome: false };
    await f.jobs().welcome([member('a', f.now())]);
    expect(f.alarms.has(WELCOME_ALARM)).toBe(false);
  });

  it('a worker restart neither repeats a welcome nor the morning’s reminders; a missed morning is caught up once', async () => {
    // 2026-09-25 (中秋) 08:00 in Shanghai; a birthday today; birthdays switched on.
    const f = fakes(Date.UTC(2026, 8, 25, 0));
    f.store[REMINDER_PREFS_KEY] = { ...DEFAULT_REMINDER_PREFS, birthday: true };
    const birthdays = [member('寿星', Date.UTC(2026, 0, 1), { birthday: '09-25' })];
    let jobs = f.jobs(birthdays);
    await jobs.start();
    expect(f.shown).toEqual([]);
    expect(f.alarms.get(MORNING_ALARM)).toBe(Date.UTC(2026, 8, 25, 1));
    // The alarm was missed (the browser was closed); it starts at 10:30 and catches up.
    f.tick(2.5 * HOUR);
    jobs = f.jobs(birthdays);
    await jobs.start();
    expect(f.shown.map((s) => s.title)).toEqual(['Birthday: 寿星', 'Mid-Autumn Festival']);
    expect(f.store[LAST_DAY_KEY]).toBe('2026-09-25');
    // Restarted again the same day: nothing twice; the alarm is tomorrow's 09:00.
    jobs = f.jobs(birthdays);
    await jobs.start();
    await jobs.onAlarm(MORNING_ALARM);
    expect(f.shown).toHaveLength(2);
    expect(f.alarms.get(MORNING_ALARM)).toBe(Date.UTC(2026, 8, 26, 1));
    // A welcome queued before the restart is shown once, by the alarm the new worker keeps.
    await jobs.welcome([member('new', f.now())]);
    jobs = f.jobs(birthdays);
    await jobs.start();
    await jobs.onAlarm(WELCOME_ALARM);
    await jobs.onAlarm(WELCOME_ALARM);
    await jobs.welcome([member('new', f.now())]);
    await jobs.onAlarm(WELCOME_ALARM);
    expect(f.shown.filter((s) => s.id.includes('welcome'))).toHaveLength(1);
  });

  it('holidays a configurable number of days ahead; the birthday of 29 February falls on the 28th in other years', async () => {
    const f = fakes(Date.UTC(2026, 11, 23, 2)); // 10:00 on 23 December in Shanghai
    f.store[REMINDER_PREFS_KEY] = { ...DEFAULT_REMINDER_PREFS, holidayDaysBefore: 2 };
    await f.jobs().start();
    expect(f.shown.map((s) => [s.title, s.message])).toEqual([
      ['Christmas', 'Christmas: in 2 days (Friday, December 25). Prepare a greeting?'],
    ]);
    await f.jobs().open(f.shown[0].id);
    expect(f.opened).toEqual(['chrome-extension://x/options.html#templates']);
    expect(birthdayDays('2027-02-28')).toEqual(['02-28', '02-29']);
    expect(birthdayDays('2028-02-28')).toEqual(['02-28']);
  });

  it("a kit's own holiday on the day: greeted, on the brand's compose page, its template suggested there", async () => {
    const own = {
      id: 'acme-day',
      name: { en: 'Acme Day', zh: 'Acme 日' },
      date: '12-05',
      template: 'acme-tpl',
    };
    const list = holidaysInForce(SHIPPED_HOLIDAYS, { add: [own], off: ['christmas'] });
    const page = ownComposePage({ x: [], weibo: ['Acme'] });
    expect(page).toBe('https://weibo.com/');
    expect(ownComposePage({})).toBeUndefined();
    const f = fakes(Date.UTC(2026, 11, 5, 2), { holidays: list, holidayPage: page }); // 10:00 on 5 Dec, Shanghai
    const jobs = f.jobs();
    await jobs.start();
    expect(f.shown.map((s) => [s.id, s.title, s.message])).toEqual([
      [
        'onbrand-community:holiday:2026-12-05:acme-day',
        'Acme Day',
        'Acme Day is today. Greet your community?',
      ],
    ]);
    await jobs.open(f.shown[0].id);
    expect(f.opened).toEqual(['https://weibo.com/']);
    expect(await jobs.suggestionFor(1, 'https://weibo.com/')).toEqual({
      kind: 'holiday',
      holiday: { en: 'Acme Day', zh: 'Acme 日' },
      template: 'acme-tpl',
    });
    // Christmas switched off by the kit: no greeting on its day.
    const christmas = fakes(Date.UTC(2026, 11, 25, 2), { holidays: list });
    await christmas.jobs().start();
    expect(christmas.shown).toEqual([]);
  });

  it('a crisis pause: newcomers wait for its end (none lost), and its days get no holiday or birthday greeting', async () => {
    const f = fakes(Date.UTC(2026, 11, 23, 2)); // 10:00 on 23 December in Shanghai, Christmas 2 days ahead
    f.store[REMINDER_PREFS_KEY] = { ...DEFAULT_REMINDER_PREFS, holidayDaysBefore: 2 };
    const until = f.now() + 4 * HOUR;
    f.store[PAUSE_KEY] = startPause(readPauses(undefined), {
      id: 'p1',
      now: f.now() - HOUR,
      until,
      reason: 'recall',
      terms: [],
    });
    const jobs = f.jobs();
    await jobs.start();
    await jobs.welcome([member('新粉丝', f.now())]);
    f.tick(WELCOME_BATCH_MS);
    await jobs.onAlarm(WELCOME_ALARM);
    expect(f.shown).toEqual([]);
    // No timer of its own: the pause's one end alarm (lib/calendar/jobs.ts keeps it) lets them out.
    expect([...f.alarms.values()]).not.toContain(until);
    f.tick(until - f.now());
    await jobs.onAlarm(PAUSE_END_ALARM);
    expect(f.shown.map((s) => s.id)).toEqual(['onbrand-community:welcome:weibo:新粉丝']);
    // The paused morning was checked and stays silent: no late greeting that day.
    await jobs.start();
    expect(f.shown.filter((s) => s.title === 'Christmas')).toEqual([]);
  });
});
