import { describe, expect, it } from 'vitest';
import { signal } from '@preact/signals-react';
import {
  DRAFT_FINDINGS_REPORT_MS,
  reportDraftFindings,
  type ReportTimer,
} from '@/lib/assistant/draft-findings-report';

/** Timers that run when the test says time has passed. */
class TestTimer implements ReportTimer {
  private pending: (() => void)[] = [];
  after = (_ms: number, callback: () => void) => {
    this.pending.push(callback);
    return () => (this.pending = this.pending.filter((c) => c !== callback));
  };
  elapse(): void {
    const due = this.pending;
    this.pending = [];
    for (const callback of due) callback();
  }
}

function setUp() {
  const shown = signal(0);
  const abort = new AbortController();
  const timer = new TestTimer();
  const reports: number[] = [];
  reportDraftFindings(shown, abort.signal, (count) => reports.push(count), timer);
  return { shown, abort, timer, reports };
}

describe('reportDraftFindings', () => {
  it('reports the first change at once and the changes after it as one report per window', () => {
    const { shown, timer, reports } = setUp();
    expect(reports).toEqual([]);
    shown.value = 1;
    expect(reports).toEqual([1]);
    for (let count = 2; count <= 9; count++) shown.value = count; // one per keystroke, past the length limit
    expect(reports).toEqual([1]);
    timer.elapse();
    expect(reports).toEqual([1, 9]);
    timer.elapse(); // nothing changed in this window: no report, and the next change goes at once
    shown.value = 10;
    expect(reports).toEqual([1, 9, 10]);
    expect(DRAFT_FINDINGS_REPORT_MS).toBeGreaterThan(0);
  });

  it('reports 0 (published) at once, dropping a pending count', () => {
    const { shown, timer, reports } = setUp();
    shown.value = 2;
    shown.value = 3;
    shown.value = 0;
    expect(reports).toEqual([2, 0]);
    timer.elapse();
    expect(reports).toEqual([2, 0]);
  });

  it('sends a pending count when the session ends, and nothing after', () => {
    const { shown, abort, timer, reports } = setUp();
    shown.value = 1;
    shown.value = 4;
    abort.abort();
    expect(reports).toEqual([1, 4]);
    shown.value = 5;
    timer.elapse();
    expect(reports).toEqual([1, 4]);
  });
});
