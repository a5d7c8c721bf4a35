/** The "type a trigger plus a shortcut" path: ";;thx" right before the caret. */

export interface TriggerMatch {
  /** What follows the trigger (may be "" right after typing the trigger, to open the picker). */
  shortcut: string;
  /** Offset of the trigger in the text: the span [start, end of text) is what gets replaced. */
  start: number;
}

const SHORTCUT_TAIL = /[\p{L}\p{N}_-]{0,30}$/u;

/** Finds trigger + shortcut at the end of the text before the caret; null when the text does not end with one. */
export function matchTrigger(textBeforeCaret: string, trigger: string): TriggerMatch | null {
  if (!trigger) return null;
  // Only the end matters; a long draft is not rescanned on every keystroke.
  const offset = Math.max(0, textBeforeCaret.length - trigger.length - 31);
  const recent = textBeforeCaret.slice(offset);
  const shortcut = SHORTCUT_TAIL.exec(recent)?.[0] ?? '';
  const triggerEnd = recent.length - shortcut.length;
  const start = triggerEnd - trigger.length;
  if (start < 0 || recent.slice(start, triggerEnd) !== trigger) return null;
  return { shortcut, start: offset + start };
}
