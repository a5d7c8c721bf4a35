// Shared strategy for <textarea> and single-line <input>. The value is the text; selection is
// selectionStart/End. Sites keep their own model (React state, Vue v-model) from `input` events, so `.value =`
// alone is overwritten on their next render: execCommand('insertText') (keeps undo and site state) first, then
// setRangeText + an `input` event.
import { fieldRects, type FormField } from './form-mirror';
import { insertByBeforeInput, insertByExecCommand, insertByPaste, type InsertMethod, nextTask, type ReplaceOutcome, waitForText } from './insert';
import { focusEditor } from './selection';
import type { EditorKind, EditorStrategy, ReplaceOptions, TextSelection, TextSnapshot } from './types';

const FIELD_METHODS: InsertMethod[] = ['execCommand', 'setRangeText'];

function isWritable(field: FormField): boolean {
  return field.isConnected && !field.disabled && !field.readOnly;
}

function setFieldSelection(field: FormField, selection: TextSelection): void {
  const start = Math.max(0, Math.min(selection.start, selection.end, field.value.length));
  const end = Math.min(field.value.length, Math.max(selection.start, selection.end));
  try {
    field.setSelectionRange(start, end);
  } catch {
    // Input types without selection support (email, number) have no caret API.
  }
}

function getFieldSelection(field: FormField): TextSelection | null {
  try {
    if (field.selectionStart === null || field.selectionEnd === null) return null;
    return { start: field.selectionStart, end: field.selectionEnd };
  } catch {
    return null;
  }
}

function insertBySetRangeText(field: FormField, text: string, start: number, end: number): void {
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }));
}

export function createFieldStrategy(
  kind: Extract<EditorKind, 'textarea' | 'input'>,
  rootOf: (element: Element) => FormField | null,
): EditorStrategy {
  const asField = (root: HTMLElement) => root as FormField;
  const singleLine = kind === 'input';

  const read = (root: HTMLElement): TextSnapshot => {
    const field = asField(root);
    const text = field.value;
    return {
      text,
      rangeFor: () => null,
      rectsFor: (start, end) => (field.value === text ? fieldRects(field, start, end) : []),
    };
  };

  const replaceWithOutcome = async (root: HTMLElement, start: number, end: number, rawText: string, options?: ReplaceOptions): Promise<ReplaceOutcome> => {
    const field = asField(root);
    const tried: InsertMethod[] = [];
    // A single-line input drops line breaks; say so up front instead of failing the check afterwards.
    const text = singleLine ? rawText.replace(/\r?\n|\r/g, ' ') : rawText.replace(/\r\n?/g, '\n');
    const before = field.value;
    if (!isWritable(field)) return { ok: false, method: null, tried, reason: 'not-editable' };
    if (start < 0 || end < start || end > before.length) return { ok: false, method: null, tried, reason: 'out-of-range' };
    const expected = before.slice(0, start) + text + before.slice(end);
    if (field.maxLength >= 0 && expected.length > field.maxLength && expected.length > before.length) {
      return { ok: false, method: null, tried, reason: 'too-long' };
    }
    const caret = start + text.length;
    if (expected === before) {
      focusEditor(field);
      setFieldSelection(field, { start: caret, end: caret });
      return { ok: true, method: null, tried };
    }
    for (const method of options?.methods ?? FIELD_METHODS) {
      focusEditor(field);
      // Playwright/Chromium leave the caret at 0 after focus(): always set the range explicitly.
      setFieldSelection(field, { start, end });
      tried.push(method);
      if (method === 'execCommand') insertByExecCommand(field, text);
      else if (method === 'setRangeText') insertBySetRangeText(field, text, start, end);
      else if (method === 'paste') insertByPaste(field, text);
      else if (method === 'beforeinput') insertByBeforeInput(field, text);
      const result = await waitForText(() => field.value, expected, before, { observe: null, quietMs: 50, timeoutMs: 500 });
      if (result === 'expected') {
        // Let a controlled component re-render before checking that it kept the value.
        await nextTask();
        if (field.value !== expected) return { ok: false, method: null, tried, reason: 'changed-unexpectedly' };
        const now = getFieldSelection(field);
        if (!now || now.start !== caret || now.end !== caret) setFieldSelection(field, { start: caret, end: caret });
        return { ok: true, method, tried };
      }
      if (result === 'changed') return { ok: false, method: null, tried, reason: 'changed-unexpectedly' };
    }
    return { ok: false, method: null, tried, reason: 'ignored' };
  };

  return {
    kind,
    matches: (element) => rootOf(element) !== null,
    rootOf,
    read,
    getSelection: (root) => getFieldSelection(asField(root)),
    setSelection: (root, selection) => setFieldSelection(asField(root), selection),
    replaceWithOutcome,
    replace: async (root, start, end, text) => (await replaceWithOutcome(root, start, end, text)).ok,
    insertAtSelection: async (root, text, saved) => {
      const field = asField(root);
      const length = field.value.length;
      const at = saved ?? getFieldSelection(field) ?? { start: length, end: length };
      return (await replaceWithOutcome(root, Math.min(at.start, length), Math.min(at.end, length), text)).ok;
    },
  };
}
