import { describe, expect, it } from 'vitest';
import { CheckScheduler, type CheckClock } from '@/lib/assistant/check-scheduler';

/** A hand-driven clock: frames run when the test paints one, timers when time is advanced. */
class TestClock implements CheckClock {
  time = 0;
  /** How long the next check takes (the scheduler measures it). */
  checkCostMs = 0.5;
  private frames: (() => void)[] = [];
  private microtasks: (() => void)[] = [];
  private timers: { at: number; callback: () => void }[] = [];

  now = () => this.time;
  soon = (callback: () => void) => {
    this.microtasks.push(callback);
    return () => (this.microtasks = this.microtasks.filter((m) => m !== callback));
  };
  /** The current event's script is done: its microtasks run. */
  endEvent(): void {
    while (this.microtasks.length) this.microtasks.shift()!();
  }
  /** How many frame callbacks were ever booked. */
  framesBooked = 0;
  frame = (callback: () => void) => {
    this.framesBooked++;
    this.frames.push(callback);
    return () => (this.frames = this.frames.filter((f) => f !== callback));
  };
  after = (ms: number, callback: () => void) => {
    const timer = { at: this.time + ms, callback };
    this.timers.push(timer);
    return () => (this.timers = this.timers.filter((t) => t !== timer));
  };
  paint(): void {
    const due = this.frames;
    this.frames = [];
    for (const callback of due) callback();
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.time = next.at;
      next.callback();
    }
    this.time = until;
  }
  get pendingFrames(): number {
    return this.frames.length;
  }
}

function setup(options: { delayMs?: number; soonBudgetMs?: number } = {}) {
  const clock = new TestClock();
  let text = '';
  const delivered: string[] = [];
  const scheduler = new CheckScheduler(
    () => {
      clock.time += clock.checkCostMs;
      return text;
    },
    (r) => delivered.push(r),
    // Most tests exercise the frame tier (no check right after the event) unless they give it a budget.
    { clock, delayMs: options.delayMs ?? 100, frameBudgetMs: 4, soonBudgetMs: options.soonBudgetMs ?? 0 },
  );
  return {
    clock,
    scheduler,
    delivered,
    type: (more: string) => (text += more),
    set: (value: string) => (text = value),
  };
}

describe('check scheduler', () => {
  it('coalesces the keystrokes of one frame into one check, painted with that frame', () => {
    const { clock, scheduler, delivered, type } = setup();
    for (const ch of 'hel') {
      type(ch);
      scheduler.request();
    }
    expect(delivered).toEqual([]);
    // Booked once: later requests of the frame do not cancel and re-book it.
    expect(clock.framesBooked).toBe(1);
    clock.paint();
    expect(delivered).toEqual(['hel']);
    // The timer fallback does not check a second time.
    clock.advance(500);
    expect(delivered).toEqual(['hel']);
  });

  it('checks a quick draft right after the event that changed it, once for all the requests of that event', () => {
    const { clock, scheduler, delivered, type } = setup({ soonBudgetMs: 1 });
    type('h');
    scheduler.request(); // the input event
    scheduler.request(); // the editor's DOM change
    expect(delivered).toEqual([]);
    clock.endEvent();
    expect(delivered).toEqual(['h']);
    // Before any frame: the frame that paints the keystroke paints its check.
    expect(clock.framesBooked).toBe(0);
    type('i');
    scheduler.request();
    clock.endEvent();
    expect(delivered).toEqual(['h', 'hi']);
    clock.paint();
    clock.advance(500);
    expect(delivered).toEqual(['h', 'hi']);
  });

  it('moves a draft whose checks are over the quick budget twice in a row to the frame, and back', () => {
    const { clock, scheduler, delivered, set } = setup({ soonBudgetMs: 1 });
    clock.checkCostMs = 2;
    scheduler.request(true);
    set('a');
    scheduler.request();
    clock.endEvent(); // one check over the budget (cold code) does not switch
    expect(delivered).toEqual(['', 'a']);
    set('ab');
    scheduler.request();
    clock.endEvent();
    expect(delivered).toEqual(['', 'a']);
    clock.paint();
    expect(delivered).toEqual(['', 'a', 'ab']);
    clock.checkCostMs = 0.1;
    scheduler.request(true);
    set('abc');
    scheduler.request();
    clock.endEvent();
    expect(delivered).toEqual(['', 'a', 'ab', 'ab', 'abc']);
  });

  it('a quick check booked right after the event is dropped by a composition, and by dispose', () => {
    const { clock, scheduler, delivered, type } = setup({ soonBudgetMs: 1 });
    type('a');
    scheduler.request();
    scheduler.compositionStart();
    clock.endEvent();
    expect(delivered).toEqual([]);
    scheduler.compositionEnd();
    scheduler.dispose();
    clock.endEvent();
    expect(delivered).toEqual([]);
  });

  it('falls back to the timer when no frame comes (a hidden tab)', () => {
    const { clock, scheduler, delivered, type } = setup();
    type('hi');
    scheduler.request();
    clock.advance(100);
    expect(delivered).toEqual(['hi']);
    clock.paint();
    expect(delivered).toEqual(['hi']);
  });

  it('debounces bursts of typing into one check once checks are slower than the frame budget', () => {
    const { clock, scheduler, delivered, type } = setup();
    clock.checkCostMs = 9; // a very long draft
    scheduler.request(true);
    scheduler.request(true);
    expect(delivered).toEqual(['', '']);
    for (const ch of 'hello') {
      type(ch);
      scheduler.request();
      clock.paint();
      clock.advance(30);
    }
    expect(delivered).toEqual(['', '']);
    expect(clock.pendingFrames).toBe(0);
    clock.advance(100);
    expect(delivered).toEqual(['', '', 'hello']);
  });

  it('one slow check (cold code, a busy moment) does not switch to the debounce', () => {
    const { clock, scheduler, delivered, type } = setup();
    clock.checkCostMs = 20;
    scheduler.request(true);
    clock.checkCostMs = 0.2;
    type('a');
    scheduler.request();
    clock.paint();
    expect(delivered).toEqual(['', 'a']);
  });

  it('goes back to per-frame checks when the draft becomes cheap again', () => {
    const { clock, scheduler, delivered, set } = setup();
    clock.checkCostMs = 9;
    scheduler.request(true);
    scheduler.request(true);
    clock.checkCostMs = 0.3;
    set('short');
    scheduler.request();
    clock.paint();
    expect(delivered).toEqual(['', '']);
    clock.advance(100);
    set('shorter');
    scheduler.request();
    clock.paint();
    expect(delivered).toEqual(['', '', 'short', 'shorter']);
  });

  it('stays silent during IME composition and checks once it ends', () => {
    const { clock, scheduler, delivered, set } = setup({ delayMs: 50 });
    set('ni');
    scheduler.compositionStart();
    scheduler.request();
    clock.paint();
    clock.advance(500);
    expect(delivered).toEqual([]);
    set('你');
    scheduler.compositionEnd();
    clock.paint();
    expect(delivered).toEqual(['你']);
  });

  it("a browser composition that lost its compositionend ends on the browser's next non-composing input or key", () => {
    const { clock, scheduler, delivered, set } = setup({ delayMs: 50 });
    set('sha');
    scheduler.compositionStart(true);
    scheduler.request();
    clock.advance(500);
    expect(delivered).toEqual([]);
    set('傻逼');
    scheduler.browserNotComposing('input');
    clock.paint();
    expect(delivered).toEqual(['傻逼']);
    expect(scheduler.isComposing).toBe(false);

    set('ni');
    scheduler.compositionStart(true);
    scheduler.request();
    clock.advance(500);
    set('你 ok');
    scheduler.browserNotComposing('key');
    clock.paint();
    expect(delivered).toEqual(['傻逼', '你 ok']);
  });

  it("a script's compositionstart (no browser state) is not ended by an ordinary input, only by a trusted key or its end", () => {
    const { clock, scheduler, delivered, set } = setup({ delayMs: 50 });
    set('你好');
    scheduler.compositionStart(false);
    set('你好傻逼');
    scheduler.browserNotComposing('input');
    scheduler.request();
    clock.paint();
    clock.advance(500);
    expect(delivered).toEqual([]);
    expect(scheduler.isComposing).toBe(true);
    scheduler.browserNotComposing('key');
    clock.paint();
    expect(delivered).toEqual(['你好傻逼']);
  });

  it('drops a pending check when a composition starts', () => {
    const { clock, scheduler, delivered, type } = setup();
    type('a');
    scheduler.request();
    scheduler.compositionStart();
    clock.paint();
    clock.advance(500);
    expect(delivered).toEqual([]);
  });

  it('drops a stale result when a newer request arrived while checking', () => {
    const clock = new TestClock();
    let calls = 0;
    const delivered: number[] = [];
    const scheduler: CheckScheduler<number> = new CheckScheduler(
      () => {
        calls++;
        if (calls === 1) scheduler.request(); // text changed while the first check ran
        return calls;
      },
      (r) => delivered.push(r),
      { clock, delayMs: 10, soonBudgetMs: 0 },
    );
    scheduler.request(true);
    clock.paint();
    expect(delivered).toEqual([2]);
  });

  it('does nothing after dispose', () => {
    const { clock, scheduler, delivered, type } = setup();
    type('x');
    scheduler.request();
    scheduler.dispose();
    clock.paint();
    clock.advance(500);
    expect(delivered).toEqual([]);
  });
});
