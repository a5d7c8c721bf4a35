// Shared strategy for <textarea> and single-line <input>. The value is the text; selection is
// selectionStart/End. Sites keep their own model (React state, Vue v-model) from `input` events, so `.value =`
// alone is overwritten on their next render: execCommand('insertText') (keeps undo and site state) first, then
// setRangeText + an `input` event.
import { fieldRects, type FormField } from './form-mirror';
import { insertByBeforeInput, insertByExecCommand, insertByPaste, nextTask } from './insert';
import { runReplace } from './replace-loop';
import { focusEditor } from './selection';
import type {
  EditorKind,
  EditorStrategy,
  InsertMethod,
  ReplaceOptions,
  ReplaceOutcome,
  TextSelection,
  TextSnapshot,
} from './types';

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
  field.dispatchEvent(
    new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }),
  );
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

  const replaceWithOutcome = async (
    root: HTMLElement,
    start: number,
    end: number,
    rawText: string,
    options?: ReplaceOptions,
  ): Promise<ReplaceOutcome> => {
    const field = asField(root);
    // A single-line input drops line breaks; say so up front instead of failing the check afterwards.
    const text = singleLine ? rawText.replace(/\r?\n|\r/g, ' ') : rawText.replace(/\r\n?/g, '\n');
    const before = field.value;
    return runReplace({
      before,
      text,
      start,
      end,
      writable: isWritable(field),
      maxLength: field.maxLength,
      methods: options?.methods ?? FIELD_METHODS,
      caret: options?.caret,
      focus: () => focusEditor(field),
      select: (selection) => {
        setFieldSelection(field, selection);
        return true;
      },
      getSelection: () => getFieldSelection(field),
      dispatch: (method, selection) => {
        if (method === 'execCommand') insertByExecCommand(field, text);
        else if (method === 'setRangeText') insertBySetRangeText(field, text, selection.start, selection.end);
        else if (method === 'paste') insertByPaste(field, text);
        else if (method === 'beforeinput') insertByBeforeInput(field, text);
      },
      read: () => field.value,
      wait: { observe: null, quietMs: 50, timeoutMs: 500 },
      // Let a controlled component re-render before checking that it kept the value. A key the person pressed
      // meanwhile (input events run ahead of timers) changes it too: then only a revert to the old text counts.
      keeps: async (expected) => {
        let typed = false;
        const noteTyping = (event: Event) => (typed ||= event.isTrusted);
        field.addEventListener('beforeinput', noteTyping);
        await nextTask();
        field.removeEventListener('beforeinput', noteTyping);
        return field.value === expected || (typed && field.value !== before);
      },
    });
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
