// The shared strategy for contenteditable-based editors. Each editor kind supplies its fingerprint, how its
// DOM encodes text (placeholders, filler) and the ordered input methods its model accepts; this file does the
// rest: focus, selection as text offsets, dispatch, confirmation by re-reading, caret after the insertion.
import {
  layoutText,
  rangeForOffsets,
  rectsForOffsets,
  type TextLayout,
  type TextLayoutOptions,
} from './dom-text';
import {
  insertByBeforeInput,
  insertByDomInput,
  insertByExecCommand,
  insertByPaste,
  nextTask,
} from './insert';
import { runReplace } from './replace-loop';
import { focusEditor, readTextSelection, writeTextSelection } from './selection';
import type {
  EditorKind,
  EditorStrategy,
  InsertMethod,
  ReplaceOptions,
  ReplaceOutcome,
  TextSelection,
  TextSnapshot,
} from './types';

export interface ReplacementContext {
  before: string;
  start: number;
  end: number;
  text: string;
}

export interface RichEditorConfig {
  kind: EditorKind;
  rootOf(element: Element): HTMLElement | null;
  layout: TextLayoutOptions;
  /** Input methods to try, in order, for this replacement. */
  methods(context: ReplacementContext): InsertMethod[];
  /** Extra wait after setting the selection, for editors that sync it from `selectionchange` late. */
  settleMs?: number;
}

const SELECT_ATTEMPTS = 3;
/** What a person does that moves the caret: after a fix, their move wins over the fix's caret. */
const PERSON_EVENTS = ['keydown', 'beforeinput', 'pointerdown'] as const;

/** Non-editable islands (widgets, placeholders) are not part of the text. */
export function isNonEditableIsland(element: Element): boolean {
  return element.getAttribute('contenteditable') === 'false';
}

export function createRichStrategy(config: RichEditorConfig): EditorStrategy {
  const layout = (root: HTMLElement): TextLayout => layoutText(root, config.layout);

  const read = (root: HTMLElement): TextSnapshot => {
    const current = layout(root);
    return {
      text: current.text,
      rangeFor: (start, end) => rangeForOffsets(current, start, end),
      rectsFor: (start, end) => rectsForOffsets(current, start, end),
    };
  };

  const getSelection = (root: HTMLElement): TextSelection | null => readTextSelection(layout(root));
  const setSelection = (root: HTMLElement, selection: TextSelection) =>
    writeTextSelection(layout(root), selection);

  /**
   * Sets the selection, lets the editor sync it (it may re-render and move it), and re-sets it if it moved — unless
   * (`afterInsert`) the person pressed a key or the pointer meanwhile: then the move is theirs and stays.
   */
  const selectAndSettle = async (
    root: HTMLElement,
    selection: TextSelection,
    afterInsert = false,
  ): Promise<boolean> => {
    let personActed = false;
    const note = (event: Event) => {
      if (event.isTrusted) personActed = true;
    };
    const types = afterInsert ? PERSON_EVENTS : [];
    for (const type of types) root.addEventListener(type, note, { capture: true, passive: true });
    try {
      for (let attempt = 0; attempt < SELECT_ATTEMPTS; attempt++) {
        setSelection(root, selection);
        await nextTask(config.settleMs ?? 0);
        if (personActed) return true;
        const current = getSelection(root);
        if (current && current.start === selection.start && current.end === selection.end) return true;
      }
      return false;
    } finally {
      for (const type of types) root.removeEventListener(type, note, { capture: true });
    }
  };

  const dispatch = (root: HTMLElement, method: InsertMethod, text: string, selection: TextSelection) => {
    switch (method) {
      case 'execCommand':
        return insertByExecCommand(root, text);
      case 'paste':
        return insertByPaste(root, text);
      case 'beforeinput':
        return insertByBeforeInput(root, text);
      case 'domInput': {
        const range = rangeForOffsets(layout(root), selection.start, selection.end);
        if (range) insertByDomInput(root, text, range);
        return;
      }
      case 'setRangeText':
        return;
    }
  };

  const replaceWithOutcome = async (
    root: HTMLElement,
    start: number,
    end: number,
    rawText: string,
    options?: ReplaceOptions,
  ): Promise<ReplaceOutcome> => {
    const text = rawText.replace(/\r\n?/g, '\n');
    const before = layout(root).text;
    return runReplace({
      before,
      text,
      start,
      end,
      writable: root.isConnected && root.isContentEditable,
      methods: options?.methods ?? config.methods({ before, start, end, text }),
      caret: options?.caret,
      focus: () => focusEditor(root),
      select: (selection, afterInsert) => selectAndSettle(root, selection, afterInsert),
      getSelection: () => getSelection(root),
      dispatch: (method, selection) => dispatch(root, method, text, selection),
      read: () => layout(root).text,
      wait: { observe: root },
    });
  };

  return {
    kind: config.kind,
    matches: (element) => config.rootOf(element) !== null,
    rootOf: config.rootOf,
    read,
    getSelection,
    setSelection,
    replaceWithOutcome,
    replace: async (root, start, end, text) => (await replaceWithOutcome(root, start, end, text)).ok,
    insertAtSelection: async (root, text, saved) => {
      const length = layout(root).text.length;
      const at = saved ?? getSelection(root) ?? { start: length, end: length };
      return (await replaceWithOutcome(root, Math.min(at.start, length), Math.min(at.end, length), text)).ok;
    },
  };
}

/** Multi-line text goes through paste first: execCommand turns '\n' into native paragraph edits. */
export function preferPasteForLines(methods: InsertMethod[], context: ReplacementContext): InsertMethod[] {
  if (!context.text.includes('\n') || !methods.includes('paste')) return methods;
  return ['paste', ...methods.filter((method) => method !== 'paste')];
}
