import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { profileRun } from './page/profile-run';
import { overlay } from '../e2e/support/overlay';

// npx tsx test/bench/focus-trace.ts BUILD_DIR [x.com|weibo] [runs] — where the wall time of a first focus goes:
// a Chromium trace (every process) around one click on a fresh page's box until the badge shows, printed as the
// page's main-thread tasks from pointerdown on (what ran in each: script evaluations, microtasks, GC, layout) with
// the idle gaps between them, and the busy browser / service-worker threads. Each trace is kept in the temp folder
// (onbrand-focus-trace-N.json, for chrome://tracing). The first focus of a fresh browser compiles the kit.

const buildDir = process.argv[2];
const onWeibo = process.argv[3] === 'weibo';
const runs = Number(process.argv[4] ?? 1);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; [k: string]: unknown };
}

const CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel', 'extensions', 'ServiceWorker'].join(',');

function describe(event: TraceEvent, events: TraceEvent[]): string {
  const end = event.ts + (event.dur ?? 0);
  const inside = events.filter(
    (e) =>
      e !== event &&
      e.pid === event.pid &&
      e.tid === event.tid &&
      e.ph === 'X' &&
      e.ts >= event.ts &&
      e.ts + (e.dur ?? 0) <= end &&
      (e.dur ?? 0) >= 1000,
  );
  const parts = inside
    .filter((e) =>
      /EvaluateScript|FunctionCall|v8.compile|V8.GC|MajorGC|MinorGC|Layout|Paint|UpdateLayoutTree|v8.run|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|ParseHTML|v8.callFunction|V8.DeserializeContext|CompileScript|ScriptEvaluate/.test(
        e.name,
      ),
    )
    .map((e) => {
      const d = e.args?.data ?? {};
      const url = String(d.url ?? d.fileName ?? '').replace(/^chrome-extension:\/\/[a-z]+\//, '');
      const what = [d.type, url, d.functionName].filter(Boolean).join(' ');
      return `${e.name}${what ? `(${what})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
    });
  return parts.slice(0, 12).join('; ');
}

async function main() {
  await profileRun(buildDir, 'focus-trace.ts BUILD_DIR [x.com|weibo] [runs]', async (browser) => {
    for (let run = 0; run < runs; run++) {
      const page = await browser.context.newPage();
      const session = await browser.context.newCDPSession(page);
      await page.goto(onWeibo ? 'https://weibo.com/' : 'https://x.com/home');
      await page.waitForFunction(() => 'fixture' in window);
      await page.waitForTimeout(1500);
      const events: TraceEvent[] = [];
      session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
      const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      await page.waitForTimeout(300);
      await page.locator('[data-fixture-editor="compose"]').click();
      await overlay(page).getByTestId('onbrand-badge').waitFor('visible', 15_000);
      await page.waitForTimeout(300);
      await session.send('Tracing.end');
      await done;
      writeFileSync(
        path.join(tmpdir(), `onbrand-focus-trace-${run}.json`),
        JSON.stringify({ traceEvents: events }),
      );
      const threads = new Map<string, string>();
      for (const e of events)
        if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name));
      const press = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown');
      if (!press) throw new Error('no pointerdown in the trace');
      const t0 = press.ts;
      const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
      const pageThread = key(press);
      const tasks = events
        .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= t0 - 5000)
        .filter((e) => (e.dur ?? 0) >= 300);
      const byThread = new Map<string, TraceEvent[]>();
      for (const t of tasks) byThread.set(key(t), [...(byThread.get(key(t)) ?? []), t]);
      console.log(`\nrun ${run + 1}: pointerdown at 0`);
      for (const [thread, list] of byThread) {
        const name = threads.get(thread) ?? thread;
        if (thread !== pageThread && !/ServiceWorker|CrBrowserMain|CrRendererMain/.test(name)) continue;
        const total = list.reduce((s, t) => s + (t.dur ?? 0), 0) / 1000;
        if (total < 2) continue;
        console.log(
          `\n${thread === pageThread ? 'PAGE ' : ''}${name} (${thread}): ${total.toFixed(1)} ms in tasks ≥ 0.3 ms`,
        );
        let last = t0;
        for (const t of list.sort((a, b) => a.ts - b.ts)) {
          const gap = (t.ts - last) / 1000;
          last = Math.max(last, t.ts + (t.dur ?? 0));
          if ((t.dur ?? 0) < 1000 && thread !== pageThread) continue;
          console.log(
            `  ${((t.ts - t0) / 1000).toFixed(1).padStart(7)} +${((t.dur ?? 0) / 1000).toFixed(1).padStart(6)} (gap ${gap.toFixed(1)}) ${describe(t, events)}`,
          );
        }
      }
      await session.detach();
      await page.close();
    }
  });
}

void main();
