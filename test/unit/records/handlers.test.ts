import { describe, expect, it, vi } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { OnbrandDB } from '../../../lib/db/schema';
import { dispatch, type Handlers } from '../../../lib/messaging/receiver';
import type { Envelope, MessageType, RequestOf, ResponseOf } from '../../../lib/messaging/protocol';
import { createRecordHandlers } from '../../../lib/records/handlers';
import { setRecordPrefs } from '../../../lib/records/prefs';
import { createOutbox } from '../../../lib/records/outbox';
import { recordsToCsv } from '../../../lib/records/export';
import { parseCsv } from '../../../lib/records/csv';
import { DAY, HOUR, NOW, feedback, openFreshDb, publish, reply } from './helpers';
import { calendarWith, slot } from '../calendar/helpers';
import { CALENDAR_KEY } from '../../../lib/calendar/store';
import { formatLocalDateTime, utcToFloating } from '../../../lib/calendar/time';
import { browser } from 'wxt/browser';

const OWN_ID = 'onbrand-id';
const ORIGIN = 'chrome-extension://onbrand-id/';
const fromDashboard = { id: OWN_ID, url: `${ORIGIN}options.html` };
const fromContentScript = {
  id: OWN_ID,
  url: 'https://x.com/home',
  tab: { id: 1, url: 'https://x.com/home' },
};

async function setup(now = () => NOW) {
  const db = await openFreshDb();
  const handlers = createRecordHandlers(async () => db, now) as Handlers;
  async function call<T extends MessageType>(
    type: T,
    payload: RequestOf<T>,
    sender = fromDashboard,
  ): Promise<ResponseOf<T>> {
    const envelope: Envelope<T> = { onbrand: 1, type, payload };
    const reply = await dispatch(envelope, sender, OWN_ID, ORIGIN, handlers);
    if (!reply.ok) throw new Error(reply.error);
    return reply.data as ResponseOf<T>;
  }
  return { db, call };
}

async function withDb(run: (ctx: Awaited<ReturnType<typeof setup>>) => Promise<void>, now?: () => number) {
  const ctx = await setup(now);
  try {
    await run(ctx);
  } finally {
    (ctx.db as IDBPDatabase<OnbrandDB>).close();
  }
}

describe('record messages in the background', () => {
  it('accepts writes from content scripts, masked by default, and acknowledges committed ids', () =>
    withDb(async ({ db, call }) => {
      const record = publish(NOW, 'x', { text: 'call me 13812345678' });
      expect(await call('records.put', { records: [record] }, fromContentScript)).toEqual({
        ids: [record.id],
      });
      expect(await db.get('records', record.id)).toMatchObject({ text: 'call me *******5678' });
    }));

  it('stores text as written once the user opts out of masking', () =>
    withDb(async ({ db, call }) => {
      await call('records.prefs.set', { maskPersonalData: false });
      const record = publish(NOW, 'x', { text: 'call me 13812345678' });
      await call('records.put', { records: [record] }, fromContentScript);
      expect(await db.get('records', record.id)).toMatchObject({ text: 'call me 13812345678' });
    }));

  it('refuses everything but writes from web pages, and invalid records', () =>
    withDb(async ({ call }) => {
      await expect(
        call(
          'records.report',
          { from: 0, to: NOW, utcOffsetMinutes: 0, now: NOW, plan: [] },
          fromContentScript,
        ),
      ).rejects.toThrow(/not allowed from a web page/);
      await expect(call('records.deleteAll', { confirm: true }, fromContentScript)).rejects.toThrow(
        /not allowed/,
      );
      await expect(call('records.export', { from: 0, to: NOW }, fromContentScript)).rejects.toThrow(
        /not allowed/,
      );
      await expect(
        call(
          'records.put',
          { records: [{ ...publish(NOW, 'x'), platform: 'myspace' as never }] },
          fromContentScript,
        ),
      ).rejects.toThrow(/invalid records.put/);
    }));

  it('applies retention when it is set and on later writes', () =>
    withDb(async ({ call }) => {
      await call('records.put', {
        records: [publish(NOW - 400 * DAY, 'x'), publish(NOW - 40 * DAY, 'x'), publish(NOW, 'x')],
      });
      expect(await call('records.prefs.set', { retentionMonths: 12 })).toEqual({
        prefs: { retentionMonths: 12, maskPersonalData: true },
        pruned: 1,
      });
      expect(await call('records.count', {})).toEqual({ count: 2 });
      expect(await call('records.prefs.get', {})).toEqual({ retentionMonths: 12, maskPersonalData: true });
      expect((await call('records.prefs.set', { retentionMonths: null })).pruned).toBe(0);
    }));

  it('prunes on writes at most once every 6 hours, and at once on a fresh worker', async () => {
    const clock = { now: NOW };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
    await withDb(
      async ({ call }) => {
        const old = () => publish(clock.now - 400 * DAY, 'x');
        await call('records.prefs.set', { retentionMonths: 12 });
        // A write 1 minute before the interval ends keeps its year-old neighbour until the next due prune.
        clock.now = NOW + 6 * HOUR - 60_000;
        await call('records.put', { records: [old(), publish(clock.now, 'x')] });
        await settle();
        expect(await call('records.count', {})).toEqual({ count: 2 });
        clock.now = NOW + 6 * HOUR;
        await call('records.put', { records: [publish(clock.now, 'x')] });
        await vi.waitFor(async () => expect(await call('records.count', {})).toEqual({ count: 2 }));
        // And again not before another 6 hours.
        await call('records.put', { records: [old()] });
        await settle();
        expect(await call('records.count', {})).toEqual({ count: 3 });
      },
      () => clock.now,
    );
    // A worker that just started has not pruned yet: its first write does.
    await withDb(async ({ db, call }) => {
      await setRecordPrefs(db, { retentionMonths: 12 });
      await call('records.put', { records: [publish(NOW - 400 * DAY, 'x'), publish(NOW, 'x')] });
      await vi.waitFor(async () => expect(await call('records.count', {})).toEqual({ count: 1 }));
    });
  });

  it('deletes everything on confirmation only', () =>
    withDb(async ({ call }) => {
      await call('records.put', { records: [publish(NOW, 'x'), feedback(NOW, 'x', 'praise')] });
      await expect(call('records.deleteAll', { confirm: false as never })).rejects.toThrow();
      expect(await call('records.deleteAll', { confirm: true })).toEqual({ deleted: 2 });
      expect(await call('records.count', {})).toEqual({ count: 0 });
    }));

  it('answers the crisis signal on its own with the report’s numbers, and never to a web page (the popup’s notice)', () =>
    withDb(async ({ call }) => {
      // Two complaints a day over the baseline, eight in the last 24 hours: a spike (threshold 3 × 2 = 6).
      const baseline = Array.from({ length: 14 }, (_, day) => [
        feedback(NOW - (day + 1) * DAY - HOUR, 'weibo', 'complaint'),
        feedback(NOW - (day + 1) * DAY - 2 * HOUR, 'x', 'complaint'),
      ]).flat();
      const today = Array.from({ length: 8 }, (_, i) =>
        feedback(NOW - (i + 1) * 60_000, 'weibo', 'complaint'),
      );
      await call('records.put', { records: [...baseline, ...today, feedback(NOW + HOUR, 'x', 'crisis')] });
      const signal = await call('records.crisis', { now: NOW });
      expect(signal).toMatchObject({
        raised: true,
        reasons: ['spike'],
        last24h: 8,
        baselineDaily: 2,
        threshold: 6,
        crisisTagged: 0,
      });
      const report = await call('records.report', {
        from: NOW - 30 * DAY,
        to: NOW,
        utcOffsetMinutes: 0,
        now: NOW,
        plan: [],
      });
      expect(signal).toEqual(report.crisis);
      await expect(call('records.crisis', { now: NOW }, fromContentScript)).rejects.toThrow(
        /not allowed from a web page/,
      );
      // Ten minutes earlier, before the eight: quiet.
      expect(await call('records.crisis', { now: NOW - 10 * 60_000 })).toMatchObject({
        raised: false,
        last24h: 0,
      });
    }));

  it('computes the report and exports records for a period', () =>
    withDb(async ({ call }) => {
      const records = [
        publish(NOW - HOUR, 'x'),
        reply(NOW - HOUR, 'x', 10 * 60_000),
        feedback(NOW - HOUR, 'weibo', 'complaint', '太慢了, "真的"'),
        publish(NOW - 40 * DAY, 'x'),
      ];
      await call('records.put', { records });
      const report = await call('records.report', {
        from: NOW - 7 * DAY,
        to: NOW,
        utcOffsetMinutes: 480,
        now: NOW,
        plan: [{ platform: 'x', at: NOW - 2 * HOUR }],
      });
      expect(report.cadence.total).toEqual({ planned: 1, posted: 1, kept: 1, adherencePct: 100 });
      expect(report.responses).toMatchObject({ replies: 1, medianMs: 600_000, withinTargetPct: 100 });
      expect(report.feedback.byTag.find((t) => t.tag === 'complaint')?.count).toBe(1);

      expect(await call('records.count', { from: NOW - 7 * DAY, to: NOW })).toEqual({ count: 3 });
      const page = await call('records.export', { from: NOW - 7 * DAY, to: NOW });
      expect(page).toMatchObject({ scanned: 3, next: null });
      expect(page.records).toEqual(records.slice(0, 3).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1)));
      const weibo = await call('records.export', { from: NOW - 7 * DAY, to: NOW, platforms: ['weibo'] });
      expect(weibo.scanned).toBe(3);
      const csv = recordsToCsv(weibo.records);
      const rows = parseCsv(csv);
      expect(rows).toHaveLength(2);
      expect(rows[1][rows[0].indexOf('tag')]).toBe('complaint');
      expect(csv).toContain('"太慢了, ""真的"""');
    }));

  it('answers a repeated report from memory until the log changes, and reads the calendar itself', () =>
    withDb(async ({ call }) => {
      await call('records.put', { records: [publish(NOW - HOUR, 'x'), publish(NOW - 2 * HOUR, 'weibo')] });
      const ask = (platforms: ('x' | 'weibo')[] = [], now = NOW) =>
        call('records.report', {
          from: NOW - 7 * DAY,
          to: now,
          platforms,
          utcOffsetMinutes: 480,
          now,
          plan: [],
        });
      expect((await ask()).cadence.total.posted).toBe(2);
      // Same period start, later "now", a platform filter: served from the cached read, filtered here.
      expect((await ask(['x'], NOW + HOUR)).cadence.total.posted).toBe(1);
      expect((await ask([], NOW - 90 * 60_000)).cadence.total.posted).toBe(1);
      // A write drops the cache: the next report sees it.
      await call('records.put', { records: [publish(NOW - 30 * 60_000, 'x')] });
      expect((await ask()).cadence.total.posted).toBe(3);
      await call('records.deleteAll', { confirm: true });
      expect((await ask()).cadence.total.posted).toBe(0);
      // Without a plan in the request the background expands the stored content calendar.
      const unplanned = await call('records.report', {
        from: NOW - 7 * DAY,
        to: NOW,
        utcOffsetMinutes: 480,
        now: NOW,
      });
      expect(unplanned.cadence.total.planned).toBe(0);
      const start = formatLocalDateTime(utcToFloating(NOW - 2 * DAY, 'Asia/Shanghai'));
      await browser.storage.local.set({
        [CALENDAR_KEY]: calendarWith([slot({ id: 's1', start, platform: 'x' })]),
      });
      const planned = await call('records.report', {
        from: NOW - 7 * DAY,
        to: NOW,
        utcOffsetMinutes: 480,
        now: NOW,
      });
      expect(planned.cadence.total.planned).toBe(1);
    }));

  it('loses none of a 1,000-record burst through an outbox whose transport fails now and then', () =>
    withDb(async ({ call }) => {
      let calls = 0;
      const outbox = createOutbox({
        transport: async (records) => {
          if (++calls % 3 === 0) throw new Error('worker restarting');
          return call('records.put', { records }, fromContentScript);
        },
        batchSize: 64,
        baseDelayMs: 1,
      });
      const burst = Array.from({ length: 1000 }, (_, i) => publish(NOW - i * 1000, 'douyin'));
      await Promise.all(burst.map((r) => outbox.enqueue(r)));
      await outbox.flush();
      expect(await call('records.count', {})).toEqual({ count: 1000 });
      expect(outbox.pending()).toBe(0);
    }));
});
