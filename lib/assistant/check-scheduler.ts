/** When a scheduled check may run: right after the current event, the next animation frame, or a timer. Injectable for tests. */
export interface CheckClock {
  now(): number;
  /** Runs `callback` once the current task's script is done (a microtask: before any frame); returns a cancel function. */
  soon(callback: () => void): () => void;
  /** Runs `callback` before the next frame is painted; returns a cancel function. */
  frame(callback: () => void): () => void;
  /** Runs `callback` after `ms`; returns a cancel function. */
  after(ms: number, callback: () => void): () => void;
}

export const browserClock: CheckClock = {
  now: () => performance.now(),
  soon: (callback) => {
    let cancelled = false;
    queueMicrotask(() => cancelled || callback());
    return () => (cancelled = true);
  },
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
  /** Checks that take at most this long run right after the event that changed the text (0: never; see request). */
  soonBudgetMs?: number;
  clock?: CheckClock;
}

/** A check waiting to run: right after the current event, in the next frame (timer as fallback), or debounced. */
interface Booking {
  when: 'soon' | 'frame' | 'later';
  cancel: () => void;
}

/**
 * Runs a check after the text changes, one at a time, and never lets an older result overwrite a newer one:
 * each request bumps a generation number and a result is delivered only if no request came while it ran.
 *
 * When the draft checks quickly (the usual case: a 2,000-character draft in about 0.1 ms), the check runs as soon as
 * the event that changed the text is done (a microtask, so the requests of one keystroke — its input event, the
 * editor's DOM change — give one check): the badge is updated before the frame that paints the keystroke starts,
 * whoever else waits for that frame. Checks up to the frame budget are coalesced into the animation frame that
 * paints the keystroke instead (all keystrokes of a frame give one check). A draft whose last two checks took
 * longer than the frame budget (a very long post) is debounced, so typing never waits for it. One slow check alone
 * (the first one, before the engine's code is warm, or a busy moment) switches neither way.
 * While an IME composition is open nothing runs (the text is not final and the popup must not be disturbed).
 */
export class CheckScheduler<T> {
  private generation = 0;
  /** The check waiting to run: for a frame (with a timer as fallback) or for the debounce. */
  private booked: Booking | null = null;
  private composing = false;
  private trustedComposition = false;
  /** How many checks in a row took longer than the frame budget. */
  private slowChecks = 0;
  /** How many checks in a row took longer than the budget of a check right after the event. */
  private notQuickChecks = 0;
  private readonly delayMs: number;
  private readonly frameBudgetMs: number;
  private readonly soonBudgetMs: number;
  private readonly clock: CheckClock;

  constructor(
    private readonly run: () => T,
    private readonly deliver: (result: T) => void,
    options: CheckSchedulerOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 120;
    this.frameBudgetMs = options.frameBudgetMs ?? 4;
    this.soonBudgetMs = options.soonBudgetMs ?? 1;
    this.clock = options.clock ?? browserClock;
  }

  /** Text changed: schedule a check (right after this event or in the next frame when checks are cheap, else debounced). */
  request(immediate = false): void {
    this.generation++;
    if (this.composing) return this.clearPending();
    if (immediate) {
      this.clearPending();
      return this.go();
    }
    const quick = this.soonBudgetMs > 0 && this.notQuickChecks < 2;
    const when: Booking['when'] = quick ? 'soon' : this.slowChecks < 2 ? 'frame' : 'later';
    // A keystroke asks more than once (its input event, then the editor's DOM change): a check already waiting
    // for the end of the event or for the frame reads the text when it runs, so it stays booked. A debounce restarts.
    if (when !== 'later' && this.booked?.when === when) return;
    this.clearPending();
    if (when === 'soon') {
      this.booked = { when, cancel: this.clock.soon(this.go) };
      return;
    }
    const timer = this.clock.after(this.delayMs, this.go);
    // Frames do not run in hidden tabs: the timer is the fallback, whichever comes first checks.
    const frame = when === 'frame' ? this.clock.frame(this.go) : undefined;
    this.booked = {
      when,
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
    const took = this.clock.now() - started;
    this.slowChecks = took > this.frameBudgetMs ? this.slowChecks + 1 : 0;
    this.notQuickChecks = took > this.soonBudgetMs ? this.notQuickChecks + 1 : 0;
    // A request made while the check ran (a change it did not see) gets its own check.
    if (generation === this.generation) this.deliver(result);
  };

  private clearPending(): void {
    this.booked?.cancel();
    this.booked = null;
  }
}
