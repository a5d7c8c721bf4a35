import { describe, expect, it } from 'vitest';
import { addSlot } from '@/lib/calendar';
import {
  CALENDAR_BACKUP_KEY,
  CALENDAR_KEY,
  CALENDAR_REVISION_KEY,
  createCalendarWriter,
  readCalendar,
  type CalendarStorageArea,
} from '@/lib/calendar/store';
import { calendarWith, slot } from './helpers';

function memoryArea(
  initial: Record<string, unknown> = {},
): CalendarStorageArea & { data: Record<string, unknown>; writes: number } {
  const area = {
    data: structuredClone(initial),
    writes: 0,
    async get(keys: string[]) {
      // A real storage area answers asynchronously; yield so interleavings can happen.
      await new Promise((resolve) => setTimeout(resolve, 1));
      return Object.fromEntries(
        keys.filter((k) => k in area.data).map((k) => [k, structuredClone(area.data[k])]),
      );
    },
    async set(items: Record<string, unknown>) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      area.writes++;
      Object.assign(area.data, structuredClone(items));
    },
  };
  return area;
}

describe('readCalendar', () => {
  it('gives an empty calendar in the given zone when nothing is stored', async () => {
    const snapshot = await readCalendar(memoryArea(), 'Europe/Berlin');
    expect(snapshot).toMatchObject({
      revision: 0,
      calendar: { slots: [], settings: { timeZone: 'Europe/Berlin', matchWindowMinutes: 120 } },
    });
    expect(snapshot.problems).toBeUndefined();
  });

  it('falls back to empty on a broken value, names the problem and leaves the raw value alone', async () => {
    const broken = {
      version: 1,
      slots: [{ id: 'a', start: 'not a date' }],
      campaigns: [],
      rhythmRules: [],
      settings: {},
    };
    const area = memoryArea({ [CALENDAR_KEY]: broken, [CALENDAR_REVISION_KEY]: 4 });
    const snapshot = await readCalendar(area, 'UTC');
    expect(snapshot.calendar.slots).toEqual([]);
    expect(snapshot.revision).toBe(4);
    expect(snapshot.problems?.some((p) => p.path.startsWith('slots.0'))).toBe(true);
    expect(area.data[CALENDAR_KEY]).toEqual(broken);
    expect(area.writes).toBe(0);
  });

  it('survives values that are not even objects', async () => {
    for (const raw of ['text', 42, null, [1, 2]]) {
      const snapshot = await readCalendar(memoryArea({ [CALENDAR_KEY]: raw }), 'UTC');
      expect(snapshot.calendar.slots).toEqual([]);
      expect(snapshot.problems?.length).toBeGreaterThan(0);
    }
  });
});

describe('createCalendarWriter', () => {
  const base = calendarWith([slot({ id: 'a', start: '2026-03-06T12:00' })]);

  it('saves with compare-and-set on the revision', async () => {
    const area = memoryArea();
    const writer = createCalendarWriter(area, 'Asia/Shanghai');
    const first = await writer.save(base, 0);
    expect(first).toMatchObject({ ok: true, revision: 1 });
    // A page still holding revision 0 is told to redo its edit, and nothing is overwritten.
    const stale = await writer.save(calendarWith([]), 0);
    expect(stale).toEqual({ ok: false, reason: 'conflict', revision: 1 });
    expect((await readCalendar(area)).calendar.slots.map((s) => s.id)).toEqual(['a']);
  });

  it('rejects an invalid document with named fields', async () => {
    const writer = createCalendarWriter(memoryArea());
    const result = await writer.save({ ...base, slots: [{ ...base.slots[0], timeZone: 'Mars/Olympus' }] }, 0);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.reason === 'invalid' && result.errors[0].path).toBe(
      'slots.0.timeZone',
    );
  });

  it('never loses a concurrent update: writes are serialised', async () => {
    const area = memoryArea({ [CALENDAR_KEY]: calendarWith([]), [CALENDAR_REVISION_KEY]: 0 });
    const writer = createCalendarWriter(area);
    const adds = Array.from({ length: 10 }, (_, i) =>
      writer.update((c) => {
        const r = addSlot(
          c,
          { start: `2026-03-${String(i + 1).padStart(2, '0')}T09:00`, platform: 'x' },
          `s${i}`,
        );
        return r.ok ? r.calendar : c;
      }),
    );
    await Promise.all(adds);
    const snapshot = await readCalendar(area);
    expect(snapshot.calendar.slots).toHaveLength(10);
    expect(snapshot.revision).toBe(10);
  });

  it('an unchanged update writes nothing', async () => {
    const area = memoryArea({ [CALENDAR_KEY]: base, [CALENDAR_REVISION_KEY]: 2 });
    const snapshot = await createCalendarWriter(area).update((c) => c);
    expect(snapshot?.revision).toBe(2);
    expect(area.writes).toBe(0);
  });

  it('automatic updates leave a broken value alone; a user save keeps it as a backup', async () => {
    const area = memoryArea({ [CALENDAR_KEY]: { version: 99 }, [CALENDAR_REVISION_KEY]: 1 });
    const writer = createCalendarWriter(area, 'UTC');
    expect(await writer.update(() => base)).toBeUndefined();
    expect(area.data[CALENDAR_KEY]).toEqual({ version: 99 });
    const saved = await writer.save(base, 1);
    expect(saved.ok).toBe(true);
    expect(area.data[CALENDAR_BACKUP_KEY]).toEqual({ version: 99 });
    expect((await readCalendar(area)).calendar.slots).toHaveLength(1);
  });
});
