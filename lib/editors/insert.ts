// The ways text can be put into an editor from a content script, and the check that the editor really took it.
// Each method only dispatches; whether the MODEL changed is decided by re-reading (see waitForText), because
// editors accept, ignore, revert or duplicate these inputs differently (see shared guide editors.md).
import { caretElement } from './selection';

export type { InsertMethod, ReplaceOutcome } from './types';

/** `document.execCommand('insertText')` on the current selection (deletes it when `text` is empty). */
export function insertByExecCommand(root: HTMLElement, text: string): void {
  const document = root.ownerDocument;
  if (text === '') document.execCommand('delete', false);
  else document.execCommand('insertText', false, text);
}

/** A synthetic paste carrying only text/plain (never HTML). */
export function insertByPaste(root: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const event = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  caretElement(root).dispatchEvent(event);
}

/** A synthetic beforeinput (Slate handles it through its own model; most other editors ignore it). */
export function insertByBeforeInput(root: HTMLElement, text: string): void {
  const init: InputEventInit =
    text === ''
      ? { inputType: 'deleteContentBackward', bubbles: true, cancelable: true, composed: true }
      : { inputType: 'insertText', data: text, bubbles: true, cancelable: true, composed: true };
  caretElement(root).dispatchEvent(new InputEvent('beforeinput', init));
}

/**
 * Replaces the selected DOM range with a text node and announces it with an `input` event, for plain
 * contenteditables whose site model is fed by `input` (never used on Draft.js/Lexical, which revert it).
 */
export function insertByDomInput(root: HTMLElement, text: string, range: Range): void {
  range.deleteContents();
  const document = root.ownerDocument;
  if (text !== '') {
    const node = document.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
  }
  range.collapse(false);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
  root.dispatchEvent(
    new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }),
  );
}

export function nextTask(delayMs = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, delayMs));
}

export type TextWaitResult = 'expected' | 'unchanged' | 'changed';

export interface WaitOptions {
  /** Give up after this long (async editors such as Lexical and Slate settle within a few frames). */
  timeoutMs?: number;
  /** With no DOM mutation for this long and the text as before, the input was ignored. */
  quietMs?: number;
  /** Node whose mutations are watched (form fields change no DOM: pass null to poll only). */
  observe: Node | null;
}

/**
 * Browsers keep a typed space next to an editable's edge as U+00A0 and turn it back into a space once text
 * follows, so a non-breaking space and a space count as the same character when confirming an insertion.
 */
const sameText = (a: string, b: string) => a === b || a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');

/** Waits until `readText()` is `expected`; reports `unchanged` when the editor ignored the input. */
export function waitForText(
  readText: () => string,
  expected: string,
  before: string,
  options: WaitOptions,
): Promise<TextWaitResult> {
  const timeoutMs = options.timeoutMs ?? 1000;
  const quietMs = options.quietMs ?? 150;
  return new Promise((resolve) => {
    const started = Date.now();
    let mutated = false;
    let finished = false;
    let observer: MutationObserver | null = null;
    let poll: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: TextWaitResult) => {
      if (finished) return;
      finished = true;
      observer?.disconnect();
      clearTimeout(poll);
      resolve(result);
    };
    const check = () => {
      if (finished) return;
      const text = readText();
      if (sameText(text, expected)) return finish('expected');
      if (text !== before) mutated = true;
      const elapsed = Date.now() - started;
      if (elapsed >= timeoutMs) return finish(text === before ? 'unchanged' : 'changed');
      if (!mutated && elapsed >= quietMs && text === before) return finish('unchanged');
      clearTimeout(poll);
      poll = setTimeout(check, 16);
    };
    if (options.observe) {
      const View = options.observe.ownerDocument?.defaultView?.MutationObserver ?? MutationObserver;
      observer = new View(() => {
        mutated = true;
        queueMicrotask(check);
      });
      observer.observe(options.observe, { childList: true, characterData: true, subtree: true });
    }
    check();
  });
}
