/**
 * Runs a check after typing pauses, one at a time, and never lets an older result overwrite a newer one:
 * each request gets a generation number and a result is delivered only if it is still the latest.
 * While an IME composition is open nothing runs (the text is not final and the popup must not be disturbed).
 */
export class CheckScheduler<T> {
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;

  constructor(
    private readonly run: () => T,
    private readonly deliver: (result: T) => void,
    private readonly delayMs = 120,
  ) {}

  /** Text changed: schedule a check (debounced). */
  request(immediate = false): void {
    const generation = ++this.generation;
    clearTimeout(this.timer);
    if (this.composing) return;
    const go = () => {
      if (generation !== this.generation || this.composing) return;
      const result = this.run();
      if (generation === this.generation) this.deliver(result);
    };
    if (immediate) go();
    else this.timer = setTimeout(go, this.delayMs);
  }

  compositionStart(): void {
    this.composing = true;
    this.generation++;
    clearTimeout(this.timer);
  }

  compositionEnd(): void {
    this.composing = false;
    this.request();
  }

  get isComposing(): boolean {
    return this.composing;
  }

  dispose(): void {
    this.generation++;
    clearTimeout(this.timer);
  }
}
