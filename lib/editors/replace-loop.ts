// The one replace loop every editor strategy runs: check the range, work out the text the editor should hold,
// then try each input method until a re-read confirms the editor's model took it. A strategy supplies only how
// to focus, select, dispatch and read (rich.ts for contenteditables, form-field.ts for textarea/input).
import { type WaitOptions, waitForText } from './insert';
import type { InsertMethod, ReplaceOutcome, TextSelection } from './types';

export interface ReplaceSteps {
  /** The editor's text before the replacement. */
  before: string;
  /** The replacement, already normalised for the editor (line breaks). */
  text: string;
  start: number;
  end: number;
  writable: boolean;
  /** The most characters the field accepts (-1 or absent: no limit). */
  maxLength?: number;
  methods: readonly InsertMethod[];
  /** Where the caret goes once the text is in (default: just after the inserted text). */
  caret?: TextSelection;
  focus(): void;
  /**
   * Puts the selection at text offsets; false when the editor would not keep it there. `afterInsert`: the caret
   * after the text is in — once the person presses a key or the pointer meanwhile, their caret wins (an editor
   * that settles asynchronously must not pull it back where the fix put it).
   */
  select(selection: TextSelection, afterInsert?: boolean): boolean | Promise<boolean>;
  getSelection(): TextSelection | null;
  dispatch(method: InsertMethod, selection: TextSelection): void;
  read(): string;
  wait: WaitOptions;
  /**
   * After the expected text appeared (and the caret was placed): false when the editor took it back (a controlled
   * field re-rendering). It may yield to the page, so the person may type meanwhile.
   */
  keeps?(expected: string): Promise<boolean>;
}

export async function runReplace(steps: ReplaceSteps): Promise<ReplaceOutcome> {
  const { before, text, start, end } = steps;
  const tried: InsertMethod[] = [];
  if (!steps.writable) return { ok: false, method: null, tried, reason: 'not-editable' };
  if (start < 0 || end < start || end > before.length)
    return { ok: false, method: null, tried, reason: 'out-of-range' };
  const expected = before.slice(0, start) + text + before.slice(end);
  const max = steps.maxLength ?? -1;
  if (max >= 0 && expected.length > max && expected.length > before.length) {
    return { ok: false, method: null, tried, reason: 'too-long' };
  }
  const caret = steps.caret ?? { start: start + text.length, end: start + text.length };
  if (expected === before) {
    steps.focus();
    await steps.select(caret, true);
    return { ok: true, method: null, tried };
  }
  for (const method of steps.methods) {
    steps.focus();
    // Always set the range explicitly: Chromium leaves the caret at 0 after focus().
    if (!(await steps.select({ start, end }))) return { ok: false, method: null, tried, reason: 'ignored' };
    tried.push(method);
    steps.dispatch(method, { start, end });
    const result = await waitForText(steps.read, expected, before, steps.wait);
    if (result === 'expected') {
      // The caret first, in the task that saw the text change (a form field's text changes synchronously and
      // waitForText resolves in a microtask): an input event queued meanwhile, a key the person pressed right
      // after the fix, runs after this and so lands at the caret, not just after the inserted text.
      const now = steps.getSelection();
      if (!now || now.start !== caret.start || now.end !== caret.end) await steps.select(caret, true);
      if (steps.keeps && !(await steps.keeps(expected)))
        return { ok: false, method: null, tried, reason: 'changed-unexpectedly' };
      return { ok: true, method, tried };
    }
    // Text changed but not into the expected text: another attempt could duplicate it.
    if (result === 'changed') return { ok: false, method: null, tried, reason: 'changed-unexpectedly' };
  }
  return { ok: false, method: null, tried, reason: 'ignored' };
}
