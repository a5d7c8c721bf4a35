import type { FeedRun, FeedVariant } from './feed';
import { median, type LongTaskRecord, type MainThreadTotals } from './metrics';
import type { TypingRun } from './typing';

export const TARGETS = {
  extraPerKeyMs: 2,
  longTaskMs: 50,
  feedScriptOverhead: 0.05,
  loaderGzipBytes: 4 * 1024,
  assistantGzipBytes: 100 * 1024,
  popupGzipBytes: 120 * 1024,
  backgroundGzipBytes: 60 * 1024,
  focusToBadgeMs: 150,
  popupRenderMs: 80,
  heapAddedBytes: 12 * 1024 * 1024,
};

export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
export const ms = (value: number, digits = 2) =>
  Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (value: number, digits = 2) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)} ms`;
const percent = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;

/** Prints rows as an aligned plain-text table (also valid Markdown). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * Long tasks the extension caused: its own JS (sampled) made them long — without it the task would have stayed
 * within 50 ms.
 */
export function extensionLongTasks(tasks: LongTaskRecord[]): LongTaskRecord[] {
  return tasks.filter(
    (t) =>
      t.duration > TARGETS.longTaskMs &&
      (t.extensionJsMs ?? 0) > 0 &&
      t.duration - (t.extensionJsMs ?? 0) <= TARGETS.longTaskMs,
  );
}

const longTasksOf = (runs: { longTasks: LongTaskRecord[] }[]) =>
  runs.flatMap((r) => r.longTasks.filter((t) => t.duration > TARGETS.longTaskMs));
/** "count (longest)" and, ON, the most extension JS found inside one of them. */
function describeLongTasks(runs: { longTasks: LongTaskRecord[] }[], withExtension: boolean): string {
  const tasks = longTasksOf(runs);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const inside = Math.max(0, ...tasks.map((t) => t.extensionJsMs ?? 0));
  return `${tasks.length} (longest ${ms(longest, 0)}${withExtension ? `; ext. JS in one ≤ ${ms(inside, 0)}` : ''})`;
}

export interface TypingSummary {
  site: string;
  rows: string[][];
  extraMedianMs: number;
  extensionLongTasks: number;
  pass: boolean;
}

/**
 * Long tasks the extension is blamed for: those its sampled JS made long in the profiled runs, plus any the timed
 * ON runs had beyond the timed OFF runs (there they cannot be attributed, so the extension is assumed guilty).
 */
function blamedLongTasks(
  off: { longTasks: LongTaskRecord[] }[],
  on: { longTasks: LongTaskRecord[] }[],
  profiled: { longTasks: LongTaskRecord[] }[],
): number {
  const attributed = profiled.reduce((n, r) => n + extensionLongTasks(r.longTasks).length, 0);
  return attributed + Math.max(0, longTasksOf(on).length - longTasksOf(off).length);
}

/**
 * OFF vs ON for one site: per-keystroke main-thread time (median over all keystrokes of the timed rounds) and
 * latencies; extension JS and long-task attribution from the profiled ON run.
 */
export function summarizeTyping(site: string, runs: TypingRun[]): TypingSummary {
  const off = runs.filter((r) => r.browser === 'OFF' && !r.profiled);
  const on = runs.filter((r) => r.browser === 'ON' && !r.profiled);
  const profiled = runs.filter((r) => r.browser === 'ON' && r.profiled);
  const perKey = (rs: TypingRun[], pick: keyof MainThreadTotals) =>
    median(rs.flatMap((r) => r.perKey.map((k) => k[pick])));
  const meanPerKey = (rs: TypingRun[], pick: keyof MainThreadTotals) =>
    rs.reduce((s, r) => s + r.total[pick], 0) / rs.reduce((s, r) => s + r.keystrokes, 0);
  const handled = (rs: TypingRun[]) => median(rs.flatMap((r) => r.handling.map((h) => h.taskMs)));
  const checking = (rs: TypingRun[]) =>
    median(rs.flatMap((r) => r.perKey.map((k, i) => k.taskMs - r.handling[i].taskMs)));
  const frame = (rs: TypingRun[]) => median(rs.flatMap((r) => r.frameLatencyMs));
  const taskOff = perKey(off, 'taskMs');
  const taskOn = perKey(on, 'taskMs');
  const extraMedianMs = taskOn - taskOff;
  const blamed = blamedLongTasks(off, on, profiled);
  const keystrokes = on.reduce((n, r) => n + r.keystrokes, 0);
  const profiledKeystrokes = profiled.reduce((n, r) => n + r.keystrokes, 0);
  const row = (metric: string, a: number, b: number, extra = '') => [
    site,
    metric,
    ms(a),
    ms(b),
    signed(b - a),
    extra,
  ];
  const rows = [
    row(
      'main-thread task time / keystroke (median)',
      taskOff,
      taskOn,
      `≤ +${TARGETS.extraPerKeyMs} ms: ${verdict(extraMedianMs <= TARGETS.extraPerKeyMs)}`,
    ),
    [
      site,
      '  of which the keystroke, its frame and its check (first 100 ms, median)',
      ms(handled(off)),
      ms(handled(on)),
      signed(handled(on) - handled(off)),
      '',
    ],
    [
      site,
      "  of which later (timers; a long draft's debounced check) (median)",
      ms(checking(off)),
      ms(checking(on)),
      signed(checking(on) - checking(off)),
      '',
    ],
    row('main-thread task time / keystroke (mean)', meanPerKey(off, 'taskMs'), meanPerKey(on, 'taskMs')),
    row('script time / keystroke (median)', perKey(off, 'scriptMs'), perKey(on, 'scriptMs')),
    row('script time / keystroke (mean)', meanPerKey(off, 'scriptMs'), meanPerKey(on, 'scriptMs')),
    row('layout time / keystroke (mean)', meanPerKey(off, 'layoutMs'), meanPerKey(on, 'layoutMs')),
    row('style recalc time / keystroke (mean)', meanPerKey(off, 'styleMs'), meanPerKey(on, 'styleMs')),
    row('keydown → next frame (median)', frame(off), frame(on)),
    [
      site,
      'keydown → badge shows the check of that text (median)',
      'n/a',
      ms(median(on.flatMap((r) => r.badgeLatencyMs)), 1),
      '',
      `${on.reduce((n, r) => n + r.badgeLatencyMs.length, 0)}/${keystrokes} keys`,
    ],
    [
      site,
      'extension JS / keystroke (V8 samples, profiled run)',
      '',
      ms(profiled.reduce((n, r) => n + r.extensionJsMs, 0) / profiledKeystrokes),
      '',
      '',
    ],
    [
      site,
      `long tasks > ${TARGETS.longTaskMs} ms while typing (timed runs)`,
      describeLongTasks(off, false),
      describeLongTasks(on, false),
      '',
      '',
    ],
    [
      site,
      `long tasks > ${TARGETS.longTaskMs} ms while typing (profiled run)`,
      '',
      describeLongTasks(profiled, true),
      '',
      `caused by the extension: ${blamed} — ${verdict(blamed === 0)}`,
    ],
  ];
  return {
    site,
    rows,
    extraMedianMs,
    extensionLongTasks: blamed,
    pass: extraMedianMs <= TARGETS.extraPerKeyMs && blamed === 0,
  };
}

export interface FeedSummary {
  variant: FeedVariant;
  rows: string[][];
  scriptRatio: number;
  pass: boolean;
}

/**
 * OFF vs ON for one feed variant: medians over the timed rounds of the scroll's script and task time; extension
 * JS and long-task attribution from the profiled ON run.
 */
export function summarizeFeed(variant: FeedVariant, runs: FeedRun[]): FeedSummary {
  const of = (label: 'OFF' | 'ON', pick: 'scriptMs' | 'taskMs' | 'layoutMs' | 'styleMs') =>
    median(runs.filter((r) => r.browser === label && !r.profiled).map((r) => r.total[pick]));
  const scriptRatio = of('ON', 'scriptMs') / of('OFF', 'scriptMs');
  const taskRatio = of('ON', 'taskMs') / of('OFF', 'taskMs');
  const loaded = runs.filter((r) => r.browser === 'ON').every((r) => r.assistantLoaded);
  const label = `feed, ${variant} (assistant ${loaded ? 'loaded' : 'not loaded'})`;
  const pass = scriptRatio - 1 <= TARGETS.feedScriptOverhead;
  const row = (metric: string, pick: 'scriptMs' | 'taskMs' | 'layoutMs' | 'styleMs', extra = '') => [
    label,
    metric,
    ms(of('OFF', pick), 0),
    ms(of('ON', pick), 0),
    `${signed(of('ON', pick) - of('OFF', pick), 0)} (${percent(of('ON', pick) / of('OFF', pick))})`,
    extra,
  ];
  const on = runs.filter((r) => r.browser === 'ON' && !r.profiled);
  const off = runs.filter((r) => r.browser === 'OFF' && !r.profiled);
  const profiled = runs.filter((r) => r.browser === 'ON' && r.profiled);
  return {
    variant,
    scriptRatio,
    pass,
    rows: [
      row(
        'ScriptDuration, 5,000 posts appended while scrolling',
        'scriptMs',
        `≤ +${TARGETS.feedScriptOverhead * 100}%: ${verdict(pass)}`,
      ),
      row('TaskDuration', 'taskMs', `ratio ${taskRatio.toFixed(3)}`),
      row('LayoutDuration', 'layoutMs'),
      row('RecalcStyleDuration', 'styleMs'),
      [
        label,
        'extension JS during the scroll (V8 samples, profiled run)',
        '',
        ms(median(profiled.map((r) => r.extensionJsMs)), 0),
        '',
        '',
      ],
      [
        label,
        `long tasks > ${TARGETS.longTaskMs} ms (timed runs)`,
        describeLongTasks(off, false),
        describeLongTasks(on, false),
        '',
        '',
      ],
      [
        label,
        `long tasks > ${TARGETS.longTaskMs} ms (profiled run)`,
        '',
        describeLongTasks(profiled, true),
        '',
        `caused by the extension: ${profiled.reduce((n, r) => n + extensionLongTasks(r.longTasks).length, 0)}`,
      ],
    ],
  };
}
