import { DEFAULT_TRIGGER, matchTrigger } from '@/lib/templates';
import type { PickerSession, TypedTrigger } from './template-picker-decisions';
import { newState, pickerState, templateLibrary } from './template-picker-state';

// Trigger detection: the trigger (";;") typed before the caret in a box opens, updates or closes the picker's
// trigger mode; Escape dismisses one position so it does not pop up again while typing on.

/** Per box: the trigger position the manager dismissed with Escape, so it does not pop up again while typing on. */
const dismissedTrigger = new WeakMap<HTMLElement, number>();

/** Escape on a typed trigger: that position stays closed until the trigger there is gone. */
export function dismissTrigger(root: HTMLElement, start: number): void {
  dismissedTrigger.set(root, start);
}

/** The typed trigger before the caret in a box, or null. */
function typedTrigger(session: PickerSession, trigger: string): (TypedTrigger & { shortcut: string }) | null {
  const selection = session.strategy.getSelection(session.root);
  if (!selection || selection.start !== selection.end) return null;
  const before = session.snapshot().text.slice(0, selection.start);
  const match = matchTrigger(before, trigger);
  if (!match) return null;
  return {
    start: match.start,
    end: selection.start,
    text: before.slice(match.start),
    shortcut: match.shortcut,
  };
}

const currentTrigger = () => templateLibrary.value?.trigger ?? DEFAULT_TRIGGER;

/**
 * No list is open and the draft holds no trigger anywhere: nothing to decide and no caret to map. True for most
 * keystrokes in most boxes, so it is asked first.
 */
export const nothingToDecide = (session: PickerSession) =>
  !pickerState.value && !session.snapshot().text.includes(currentTrigger());

/** Opens, updates or closes trigger mode from what is typed before the caret in `session`'s box. */
export function syncTrigger(session: PickerSession): (TypedTrigger & { shortcut: string }) | null {
  if (nothingToDecide(session)) {
    dismissedTrigger.delete(session.root);
    return null;
  }
  const typed = typedTrigger(session, currentTrigger());
  const state = pickerState.value;
  // Browse mode and the form own the keyboard, and an insertion in progress changes the box itself.
  if (state && (state.mode !== 'trigger' || state.form || state.inserting)) return typed;
  if (!typed || dismissedTrigger.get(session.root) === typed.start) {
    if (state) pickerState.value = null;
    if (!typed) dismissedTrigger.delete(session.root);
    return typed;
  }
  const range = { start: typed.start, end: typed.end, text: typed.text };
  if (state?.session === session) {
    if (state.query !== typed.shortcut || state.typed?.end !== typed.end) {
      pickerState.value = {
        ...state,
        query: typed.shortcut,
        typed: range,
        highlighted: state.query === typed.shortcut ? state.highlighted : 0,
      };
    }
  } else {
    pickerState.value = newState(session, 'trigger', { query: typed.shortcut, typed: range });
  }
  return typed;
}
