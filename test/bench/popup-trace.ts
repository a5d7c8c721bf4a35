import { loadavg } from 'node:os';
import type { CDPSession } from '@playwright/test';
import { launchExtensionOn, type BenchBrowser } from './page/browsers';
import { calendarOf, noonZone, seedCalendar, slotAt, todayAt } from '../e2e/support/calendar';

// npx tsx test/bench/popup-trace.ts BUILD_DIR [BUILD_DIR…] [--rounds N] — the popup's first paint of a 1,000-slot
// day in Chromium's trace: the renderer's main-thread CPU time (its tasks' thread time) from navigation to
// firstContentfulPaint, per trace event, builds interleaved round by round, and beside them the extension's icon
// opened as a page (no script, the first build's browser). Wall time on a loaded machine is mostly waiting for a
// core; this CPU figure is what the page itself does before its first frame, and holds up under load. Each build
// saves its first screen in a warm-up opening first (the bench:page popup line's second and third openings).

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}
interface Run {
  wallMs: number;
  cpuMs: number;
  byEvent: Record<string, number>;
}

const roundsIndex = process.argv.indexOf('--rounds');
const ROUNDS = roundsIndex > 0 ? Number(process.argv[roundsIndex + 1]) : 7;
const BUILDS = process.argv.slice(2).filter((arg, i, all) => arg !== '--rounds' && all[i - 1] !== '--rounds');
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
const CATEGORIES =
  'devtools.timeline,disabled-by-default-devtools.timeline,loading,blink.user_timing,v8.execute';

async function traced(cdp: CDPSession, open: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await open();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Navigation → first contentful paint in the page's renderer: wall time, main-thread CPU, CPU per event. */
function firstPaint(events: TraceEvent[]): Run | undefined {
  const paint = events.find((e) => e.name === 'firstContentfulPaint');
  // The renderer's own navigationStart, or the browser's (a new renderer may not record one).
  const starts = events.filter((e) => e.name === 'navigationStart');
  const start = paint && (starts.filter((e) => e.pid === paint.pid).pop() ?? starts.pop());
  if (!paint || !start) return undefined;
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.pid === paint.pid && e.args?.name === 'CrRendererMain',
  );
  const slices = events.filter(
    (e) =>
      e.pid === paint.pid &&
      e.tid === (thread?.tid ?? paint.tid) &&
      e.ph === 'X' &&
      e.ts >= start.ts &&
      e.ts <= paint.ts,
  );
  const byEvent: Record<string, number> = {};
  let cpu = 0;
  for (const slice of slices) {
    const ms = (slice.tdur ?? slice.dur ?? 0) / 1000;
    if (TASKS.has(slice.name)) cpu += ms;
    else byEvent[slice.name] = (byEvent[slice.name] ?? 0) + ms;
  }
  return { wallMs: (paint.ts - start.ts) / 1000, cpuMs: cpu, byEvent };
}

async function seedBusyDay(browser: BenchBrowser): Promise<void> {
  const zone = noonZone();
  const slots = Array.from({ length: 1000 }, (_, i) => {
    const minute = Math.floor((i * 1439) / 1000);
    const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    return slotAt(zone, `bench-${i}`, todayAt(zone, time), {
      platform: i % 2 ? 'x' : 'weibo',
      title: `Post ${i + 1}`,
    });
  });
  const setup = await browser.context.newPage();
  await setup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await seedCalendar(setup, calendarOf(zone, slots));
  await setup.close();
  await openPage(browser, 'popup.html', false);
}

/** Opens `path` in a new 360 × 600 page (the popup's size), traced when asked; the trace's events. */
async function openPage(browser: BenchBrowser, path = 'popup.html', trace = true): Promise<TraceEvent[]> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  const cdp = await browser.context.newCDPSession(page);
  const open = async () => {
    await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
    if (path === 'popup.html') await page.waitForSelector('[data-testid="popup"]');
    // The app saves its first screen right after its first frame.
    await page.waitForTimeout(400);
  };
  const events = trace ? await traced(cdp, open) : (await open(), []);
  await page.close();
  return events;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const browsers: BenchBrowser[] = [];
  for (const build of BUILDS) {
    const browser = await launchExtensionOn(build);
    await seedBusyDay(browser);
    browsers.push(browser);
  }
  const runs = new Map<string, Run[]>();
  const loads: number[] = [];
  const record = (label: string, events: TraceEvent[]) => {
    const run = firstPaint(events);
    if (run) runs.set(label, [...(runs.get(label) ?? []), run]);
  };
  for (let round = 0; round < ROUNDS; round++) {
    loads.push(loadavg()[0]);
    record('blank page (icon/128.png)', await openPage(browsers[0], 'icon/128.png'));
    for (const [i, browser] of browsers.entries()) record(BUILDS[i], await openPage(browser));
  }
  console.log(
    `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, ${ROUNDS} rounds`,
  );
  for (const [label, list] of runs) {
    const events = new Set(list.flatMap((run) => Object.keys(run.byEvent)));
    const top = [...events]
      .map((name) => [name, median(list.map((run) => run.byEvent[name] ?? 0))] as const)
      .filter(([, ms]) => ms >= 0.5)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10);
    console.log(
      `${label}: to first paint median ${median(list.map((r) => r.cpuMs)).toFixed(1)} ms main-thread CPU ` +
        `(${list.map((r) => r.cpuMs.toFixed(1)).join(', ')}), wall ${median(list.map((r) => r.wallMs)).toFixed(0)} ms\n  ` +
        top.map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join('; '),
    );
  }
  for (const browser of browsers) await browser.close();
}

void main();
