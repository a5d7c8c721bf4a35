// IME composition (Chinese pinyin input): while a composition is open, the text in the editor is provisional and
// Enter confirms a candidate rather than submitting. Callers do nothing while this is true.

/** True for events fired during an IME composition (keyCode 229 covers Chromium's keydown before compositionstart). */
export function isComposing(event: Event): boolean {
  if ('isComposing' in event && (event as KeyboardEvent | InputEvent).isComposing) return true;
  return event.type === 'keydown' && (event as KeyboardEvent).keyCode === 229;
}
