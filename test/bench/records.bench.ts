import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openOnbrandDB } from '../../lib/db/schema';
import { dispatch, type Handlers } from '../../lib/messaging/receiver';
import type { Envelope } from '../../lib/messaging/protocol';
import { exportRecords } from '../../lib/records/export';
import { createRecordHandlers } from '../../lib/records/handlers';
import { createOutbox } from '../../lib/records/outbox';
import { buildReport } from '../../lib/records/reports/read';
import { putRecords } from '../../lib/records/store';
import { measureInBrowserRender } from './records-render';
import { measureMembersRender } from './members-render';
import { measureReplyScan } from './reply-scan';
import { benchMembers } from './members.bench';
import { generateRecords } from './seed-records';
import { logChanged } from '../../lib/records/log-version';

// npm run bench:records — the activity log at scale, in Node with fake-indexeddb (an in-memory, pure-JS
// IndexedDB, typically slower than the browser's). Seeds 100,000 records over a year, then times the 90-day
// report (queries + computation), the 365-day CSV export, and a 1,000-record burst through the outbox and
// the message receiver. Then the same in the built extension in Chromium: 100,000 records seeded through
// records.put, and the time from opening options.html#reports/90 to the rendered report (records-render.ts); the
// Members tab over 100,000 members (members-render.ts); the reply queue's scan of a 2,000-comment thread
// (reply-scan.ts, needs the fixture pages). `--no-browser` skips that part.

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 30, 12);
const TARGETS = { reportMs: 500, exportMs: 2000 };

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'FAIL';
}

/** Wall time (what the targets are about) and this process's CPU time (stable when the machine is busy). */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

async function main() {
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (wall times are only meaningful on an idle machine)`,
  );
  const db = await openOnbrandDB('onbrand-bench');
  const records = generateRecords({ count: 100_000, now: NOW, days: 365, seed: 2025 });
  const seeding = await timed(async () => {
    for (let i = 0; i < records.length; i += 5000)
      await putRecords(db, records.slice(i, i + 5000), { mask: true });
  });
  console.log(`seeded ${await db.count('records')} records in ${(seeding.ms / 1000).toFixed(1)} s`);

  const plan = Array.from({ length: 90 }, (_, d) => [
    { platform: 'x' as const, at: NOW - d * DAY },
    { platform: 'weibo' as const, at: NOW - d * DAY - 3 * 3_600_000 },
  ]).flat();
  const reportOptions = { from: NOW - 90 * DAY, to: NOW, utcOffsetMinutes: 480, now: NOW, plan };
  await buildReport(db, reportOptions); // warm-up: first run includes JIT compilation
  const runs: { ms: number; cpuMs: number }[] = [];
  let report = await buildReport(db, reportOptions);
  for (let i = 0; i < 5; i++) {
    // As if something was recorded since: the report reads the log again instead of its last read (input-cache.ts).
    logChanged(db);
    const run = await timed(() => buildReport(db, reportOptions));
    runs.push(run);
    report = run.value;
  }
  const again = await timed(() => buildReport(db, reportOptions));
  const middle = runs.sort((a, b) => a.ms - b.ms)[2];
  const reportMs = middle.ms;
  console.log(
    `90-day report: ${reportMs.toFixed(0)} ms wall, ${middle.cpuMs.toFixed(0)} ms CPU (median of 5; ${report.cadence.total.posted} posts, ${report.responses.replies} replies, ` +
      `${report.engagement.posts.length} posts with engagement, ${report.feedback.total} feedback) — target ≤ ${TARGETS.reportMs} ms: ${verdict(reportMs <= TARGETS.reportMs)}; ` +
      `asked again with the log unchanged: ${again.ms.toFixed(0)} ms (its read is reused)`,
  );

  const exported = await timed(() => exportRecords(db, { from: NOW - 365 * DAY, to: NOW }, 'csv'));
  const mb = Buffer.byteLength(exported.value.text) / 1e6;
  console.log(
    `365-day CSV export: ${exported.ms.toFixed(0)} ms wall, ${exported.cpuMs.toFixed(0)} ms CPU (${exported.value.count} records, ${mb.toFixed(1)} MB) — target ≤ ${TARGETS.exportMs} ms: ${verdict(exported.ms <= TARGETS.exportMs)}`,
  );

  // Burst: 1,000 records enqueued at once by a page, delivered through the validating receiver while the
  // transport drops every fifth message (worker restarting).
  // No extension storage under tsx: an empty plan, an in-memory mirror of the masking setting and an empty area
  // for the open drafts' findings (the worker's storage.session).
  const noStorage = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };
  const handlers = createRecordHandlers(
    async () => db,
    Date.now,
    async () => [],
    noStorage,
    async () => [],
    async () => undefined,
    async () => undefined,
    noStorage,
  ) as Handlers;
  const before = await db.count('records');
  let messages = 0;
  const outbox = createOutbox({
    batchSize: 100,
    baseDelayMs: 5,
    transport: async (batch) => {
      if (++messages % 5 === 0) throw new Error('worker restarting');
      const envelope: Envelope<'records.put'> = {
        onbrand: 1,
        type: 'records.put',
        payload: { records: batch },
      };
      const reply = await dispatch(
        envelope,
        { id: 'bench', url: 'https://x.com/' },
        'bench',
        'chrome-extension://bench/',
        handlers,
      );
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as { ids: string[] };
    },
  });
  const burst = generateRecords({ count: 1000, now: NOW, days: 1, seed: 99 });
  const burstRun = await timed(async () => {
    await Promise.all(burst.map((r) => outbox.enqueue(r)));
    await outbox.flush();
  });
  const written = (await db.count('records')) - before;
  console.log(
    `1,000-record burst: ${written} written, ${outbox.pending()} pending, ${messages} messages (every 5th dropped) in ${burstRun.ms.toFixed(0)} ms — loses none: ${verdict(written === 1000)}`,
  );
  db.close();

  const book = await benchMembers(100_000, (line) => console.log(line));

  let renderOk = true;
  let browserOk = true;
  if (!process.argv.includes('--no-browser')) {
    const render = await measureInBrowserRender();
    renderOk = render.medianMs <= TARGETS.reportMs;
    console.log(
      `in Chromium: seeded ${render.seeded} records through records.put in ${(render.seedMs / 1000).toFixed(1)} s; ` +
        `opening the 90-day report to rendered: first ${render.firstMs.toFixed(0)} ms, median of next ${render.runs.length - 1} ${render.medianMs.toFixed(0)} ms ` +
        `(${render.runs.map((ms) => ms.toFixed(0)).join(', ')}) — target ≤ ${TARGETS.reportMs} ms: ${verdict(renderOk)}`,
    );
    const { reads } = render;
    console.log(
      `in Chromium, the 90-day read of every kind in one page, alternating (median of 5): ${reads.entries} timeline entries ` +
        `${reads.timelineMs.toFixed(0)} ms (the read before v5) vs ${reads.rows} per-day rows ${reads.daysMs.toFixed(0)} ms (now)`,
    );
    console.log(
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} after the browser run`,
    );
    // The Members tab over 100,000 members, then the reply queue's in-page scan of a 2,000-comment thread.
    const membersTab = await measureMembersRender();
    const scan = await measureReplyScan();
    browserOk = membersTab.ok && scan.ok;
  }
  const ok =
    reportMs <= TARGETS.reportMs &&
    exported.ms <= TARGETS.exportMs &&
    written === 1000 &&
    renderOk &&
    browserOk &&
    book.ok;
  console.log(ok ? 'ALL PASS' : 'SOME FAILED');
  process.exitCode = ok ? 0 : 1;
}

await main();
