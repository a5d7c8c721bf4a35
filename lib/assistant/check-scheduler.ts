/** When a scheduled check may run: the next animation frame, or a timer. Injectable for tests. */
export interface CheckClock {
  now(): number;
  /** Runs `callback` before the next frame is painted; returns a cancel function. */
  frame(callback: () => void): () => void;
  /** Runs `callback` after `ms`; returns a cancel function. */
  after(ms: number, callback: () => void): () => void;
}

export const browserClock: CheckClock = {
  now: () => performance.now(),
  frame: (callback) => {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  },
  after: (ms, callback) => {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
};

export interface CheckSchedulerOptions {
  /** The debounce for drafts whose check is too slow to run inside a frame. */
  delayMs?: number;
  /** Checks that take at most this long run in the keystroke's own frame. */
  frameBudgetMs?: number;
  clock?: CheckClock;
}

/**
 * Runs a check after the text changes, one at a time, and never lets an older result overwrite a newer one:
 * each request bumps a generation number and a result is delivered only if no request came while it ran.
 *
 * When the draft checks quickly (the usual case: well under a millisecond), the check is coalesced into the
 * animation frame that paints the keystroke: all keystrokes of a frame give one check, and its result is painted
 * with the text instead of costing the page a second frame of its own. A draft whose last two checks took longer
 * than the frame budget (a very long post) is debounced instead, so typing never waits for it; one slow check alone
 * (the first one, before the engine's code is warm, or a busy moment) does not switch.
 * While an IME composition is open nothing runs (the text is not final and the popup must not be disturbed).
 */
export class CheckScheduler<T> {
  private generation = 0;
  /** The check waiting to run: for a frame (with a timer as fallback) or for the debounce. */
  private booked: { inFrame: boolean; cancel: () => void } | null = null;
  private composing = false;
  private trustedComposition = false;
  /** How many checks in a row took longer than the frame budget. */
  private slowChecks = 0;
  private readonly delayMs: number;
  private readonly frameBudgetMs: number;
  private readonly clock: CheckClock;

  constructor(
    private readonly run: () => T,
    private readonly deliver: (result: T) => void,
    options: CheckSchedulerOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 120;
    this.frameBudgetMs = options.frameBudgetMs ?? 4;
    this.clock = options.clock ?? browserClock;
  }

  /** Text changed: schedule a check (in the next frame when checks are cheap, else debounced). */
  request(immediate = false): void {
    this.generation++;
    if (this.composing) return this.clearPending();
    if (immediate) {
      this.clearPending();
      return this.go();
    }
    const inFrame = this.slowChecks < 2;
    // A keystroke asks more than once (its input event, then the editor's DOM change): a check already waiting
    // for the frame reads the text when it runs, so it stays booked. A debounce restarts.
    if (inFrame && this.booked?.inFrame) return;
    this.clearPending();
    const timer = this.clock.after(this.delayMs, this.go);
    // Frames do not run in hidden tabs: the timer is the fallback, whichever comes first checks.
    const frame = inFrame ? this.clock.frame(this.go) : undefined;
    this.booked = {
      inFrame,
      cancel: () => {
        timer();
        frame?.();
      },
    };
  }

  /**
   * A composition began. `trusted`: the browser's own compositionstart (a real IME), whose state the browser also
   * reports on each input and key event; one dispatched by a script has no such state and lasts until its end.
   */
  compositionStart(trusted = false): void {
    this.composing = true;
    this.trustedComposition = trusted;
    this.generation++;
    this.clearPending();
  }

  compositionEnd(): void {
    this.composing = false;
    this.request();
  }

  /**
   * The browser says no composition is open (a trusted input or key event whose isComposing is false, not the
   * IME's own keyCode 229): one we still think is open lost its compositionend (Lexical re-renders mid-composition
   * in Chromium), so it ends here and the box is checked again. `input` events count only for a composition the
   * browser started; a trusted key outside any composition ends any.
   */
  browserNotComposing(via: 'input' | 'key'): void {
    if (!this.composing || (via === 'input' && !this.trustedComposition)) return;
    this.compositionEnd();
  }

  get isComposing(): boolean {
    return this.composing;
  }

  /** A check is booked and has not run yet. */
  get isPending(): boolean {
    return this.booked !== null;
  }

  dispose(): void {
    this.generation++;
    this.clearPending();
  }

  private readonly go = (): void => {
    this.clearPending();
    if (this.composing) return;
    const generation = this.generation;
    const started = this.clock.now();
    const result = this.run();
    this.slowChecks = this.clock.now() - started > this.frameBudgetMs ? this.slowChecks + 1 : 0;
    // A request made while the check ran (a change it did not see) gets its own check.
    if (generation === this.generation) this.deliver(result);
  };

  private clearPending(): void {
    this.booked?.cancel();
    this.booked = null;
  }
}
