import type { ReadonlySignal } from '@preact/signals-react';

/** At most one report per this long while the count keeps changing (typing past a limit changes it every key). */
export const DRAFT_FINDINGS_REPORT_MS = 1000;

export interface ReportTimer {
  /** Runs `callback` after `ms`; returns a cancel function. */
  after(ms: number, callback: () => void): () => void;
}

const browserTimer: ReportTimer = {
  after: (ms, callback) => {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
};

/**
 * Reports a box's count of shown findings whenever it changes, throttled: the first change goes at once, the ones
 * after it within DRAFT_FINDINGS_REPORT_MS go as one report at the end of that time (the latest count). Each report
 * is an extension message the page's main thread pays for (≈ 0.4 ms); a finding whose text grows with each key (a
 * post over the length limit) made it one per keystroke. 0 (the draft published) goes at once; a pending count is
 * sent when the session ends.
 */
export function reportDraftFindings(
  shown: ReadonlySignal<number>,
  signal: AbortSignal,
  report: (count: number) => void,
  timer: ReportTimer = browserTimer,
): void {
  let sent = 0;
  let latest = 0;
  let cancelWindow: (() => void) | null = null;
  const flush = (reopen: boolean) => {
    cancelWindow?.();
    cancelWindow = null;
    if (latest === sent) return;
    sent = latest;
    report(latest);
    if (reopen) cancelWindow = timer.after(DRAFT_FINDINGS_REPORT_MS, () => flush(true));
  };
  const stop = shown.subscribe((count) => {
    latest = count;
    if (count === 0 || !cancelWindow) flush(count !== 0);
  });
  signal.addEventListener(
    'abort',
    () => {
      stop();
      flush(false);
    },
    { once: true },
  );
}
