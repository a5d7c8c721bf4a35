import type { FeedRun, FeedVariant } from './feed';
import { median, type LongTaskRecord } from './metrics';
import type { TypingRun } from './typing';

export const TARGETS = { extraPerKeyMs: 2, longTaskMs: 50, feedScriptOverhead: 0.05, loaderGzipBytes: 100 * 1024 };

export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
export const ms = (value: number, digits = 2) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const signed = (value: number, digits = 2) => `${value >= 0 ? '+' : ''}${value.toFixed(digits)} ms`;
const percent = (ratio: number) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`;

/** Prints rows as an aligned plain-text table (also valid Markdown). */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Long tasks whose long animation frame ran a script of the extension (content scripts have chrome-extension:// URLs). */
export function extensionLongTasks(tasks: LongTaskRecord[]): LongTaskRecord[] {
  return tasks.filter(
    (t) => t.duration > TARGETS.longTaskMs && t.scripts.some((s) => s.sourceURL.startsWith('chrome-extension://')),
  );
}

const longTaskCount = (runs: { longTasks: LongTaskRecord[] }[]) =>
  runs.reduce((n, r) => n + r.longTasks.filter((t) => t.kind === 'longtask' && t.duration > TARGETS.longTaskMs).length, 0);
const longestTask = (runs: { longTasks: LongTaskRecord[] }[]) =>
  Math.max(0, ...runs.flatMap((r) => r.longTasks.filter((t) => t.kind === 'longtask').map((t) => t.duration)));

export interface TypingSummary {
  site: string;
  rows: string[][];
  extraMedianMs: number;
  extensionLongTasks: number;
  pass: boolean;
}

/** OFF vs ON for one site: per-keystroke main-thread time (median over all keystrokes of all rounds) and latencies. */
export function summarizeTyping(site: string, runs: TypingRun[]): TypingSummary {
  const off = runs.filter((r) => r.browser === 'OFF');
  const on = runs.filter((r) => r.browser === 'ON');
  const perKey = (rs: TypingRun[], pick: 'taskMs' | 'scriptMs') => median(rs.flatMap((r) => r.perKey.map((k) => k[pick])));
  const meanPerKey = (rs: TypingRun[], pick: 'taskMs' | 'scriptMs') =>
    rs.reduce((s, r) => s + r.total[pick], 0) / rs.reduce((s, r) => s + r.keystrokes, 0);
  const frame = (rs: TypingRun[]) => median(rs.flatMap((r) => r.frameLatencyMs));
  const taskOff = perKey(off, 'taskMs');
  const taskOn = perKey(on, 'taskMs');
  const extraMedianMs = taskOn - taskOff;
  const blamed = on.reduce((n, r) => n + extensionLongTasks(r.longTasks).length, 0);
  const keystrokes = on.reduce((n, r) => n + r.keystrokes, 0);
  const row = (metric: string, a: number, b: number, extra = '') => [site, metric, ms(a), ms(b), signed(b - a), extra];
  const rows = [
    row('main-thread task time / keystroke (median)', taskOff, taskOn, `≤ +${TARGETS.extraPerKeyMs} ms: ${verdict(extraMedianMs <= TARGETS.extraPerKeyMs)}`),
    row('main-thread task time / keystroke (mean)', meanPerKey(off, 'taskMs'), meanPerKey(on, 'taskMs')),
    row('script time / keystroke (median)', perKey(off, 'scriptMs'), perKey(on, 'scriptMs')),
    row('script time / keystroke (mean)', meanPerKey(off, 'scriptMs'), meanPerKey(on, 'scriptMs')),
    row('keydown → next frame (median)', frame(off), frame(on)),
    [site, 'keydown → badge shows the check (median, incl. 120 ms debounce)', 'n/a', ms(median(on.flatMap((r) => r.badgeLatencyMs)), 1), '', `${on.reduce((n, r) => n + r.badgeLatencyMs.length, 0)}/${keystrokes} keys`],
    [
      site,
      `long tasks > ${TARGETS.longTaskMs} ms while typing (longest)`,
      `${longTaskCount(off)} (${ms(longestTask(off), 0)})`,
      `${longTaskCount(on)} (${ms(longestTask(on), 0)})`,
      '',
      `by the extension: ${blamed} — ${verdict(blamed === 0)}`,
    ],
  ];
  return { site, rows, extraMedianMs, extensionLongTasks: blamed, pass: extraMedianMs <= TARGETS.extraPerKeyMs && blamed === 0 };
}

export interface FeedSummary {
  variant: FeedVariant;
  rows: string[][];
  scriptRatio: number;
  pass: boolean;
}

/** OFF vs ON for one feed variant: medians over rounds of the scroll's script and task time. */
export function summarizeFeed(variant: FeedVariant, runs: FeedRun[]): FeedSummary {
  const of = (label: 'OFF' | 'ON', pick: 'scriptMs' | 'taskMs' | 'layoutMs' | 'styleMs') =>
    median(runs.filter((r) => r.browser === label).map((r) => r.total[pick]));
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
  const on = runs.filter((r) => r.browser === 'ON');
  const off = runs.filter((r) => r.browser === 'OFF');
  return {
    variant,
    scriptRatio,
    pass,
    rows: [
      row('ScriptDuration, 5,000 posts appended while scrolling', 'scriptMs', `≤ +${TARGETS.feedScriptOverhead * 100}%: ${verdict(pass)}`),
      row('TaskDuration', 'taskMs', `ratio ${taskRatio.toFixed(3)}`),
      row('LayoutDuration', 'layoutMs'),
      row('RecalcStyleDuration', 'styleMs'),
      [label, `long tasks > ${TARGETS.longTaskMs} ms (longest)`, `${longTaskCount(off)} (${ms(longestTask(off), 0)})`, `${longTaskCount(on)} (${ms(longestTask(on), 0)})`, '', `by the extension: ${on.reduce((n, r) => n + extensionLongTasks(r.longTasks).length, 0)}`],
    ],
  };
}
