import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { calendarItem, loadCalendarSnapshot, watchCalendar } from '@/lib/calendar/calendar-items';
import {
  CALENDAR_KEY,
  CALENDAR_REVISION_KEY,
  createCalendarWriter,
  readCalendar,
} from '@/lib/calendar/store';
import { replyQueueItem } from '@/lib/community/queue-item';
import { QUEUE_KEY } from '@/lib/community/queue-store';
import { CONNECTION_KEY } from '@/lib/team/connection';
import { MIRROR_KEY, TEAM_REVIEWS_KEY } from '@/lib/team/mirror';
import { SYNC_STATUS_KEY } from '@/lib/team/sync-status';
import {
  syncStatusItem,
  teamConnectionItem,
  teamMirrorItem,
  teamReviewsItem,
} from '@/lib/team/team-state-items';
import { calendarWith, slot } from '../calendar/helpers';

// The storage items the extension's pages and worker read: the same keys and shapes the background writes through
// its injected area, so replacing the hand-rolled reads changed nothing stored.
describe('storage items of the calendar, the reply queue and the team state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('name the keys the writers use', () => {
    expect(calendarItem.key).toBe(`local:${CALENDAR_KEY}`);
    expect(replyQueueItem.key).toBe(`local:${QUEUE_KEY}`);
    expect(teamConnectionItem.key).toBe(`local:${CONNECTION_KEY}`);
    expect(syncStatusItem.key).toBe(`local:${SYNC_STATUS_KEY}`);
    expect(teamReviewsItem.key).toBe(`local:${TEAM_REVIEWS_KEY}`);
    expect(teamMirrorItem.key).toBe(`local:${MIRROR_KEY}`);
  });

  it('read the calendar snapshot the writer stored, as the area reader does', async () => {
    expect(await loadCalendarSnapshot()).toEqual(await readCalendar(browser.storage.local));
    const writer = createCalendarWriter(browser.storage.local, 'UTC');
    const calendar = calendarWith([slot({ id: 'a', start: '2026-12-04T09:00' })], 'UTC');
    expect((await writer.save(calendar, 0)).ok).toBe(true);
    const snapshot = await loadCalendarSnapshot();
    expect(snapshot).toEqual(await readCalendar(browser.storage.local));
    expect(snapshot.revision).toBe(1);
    expect(snapshot.calendar.slots.map((s) => s.id)).toEqual(['a']);
  });

  it('tell a watcher of every calendar write, not of other keys, until unwatched', async () => {
    const seen = vi.fn();
    const unwatch = watchCalendar(seen);
    await browser.storage.local.set({ [CALENDAR_KEY]: { v: 1 }, [CALENDAR_REVISION_KEY]: 1 });
    await browser.storage.local.set({ [QUEUE_KEY]: { version: 1 } });
    expect(seen).toHaveBeenCalledTimes(1);
    unwatch();
    await browser.storage.local.set({ [CALENDAR_KEY]: { v: 2 } });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('give the fallbacks the pages used when nothing is stored', async () => {
    expect(await teamConnectionItem.getValue()).toBeNull();
    expect(await syncStatusItem.getValue()).toBeNull();
    expect(await teamReviewsItem.getValue()).toEqual([]);
    expect(await teamMirrorItem.getValue()).toEqual({ slots: [], templates: [] });
  });
});
