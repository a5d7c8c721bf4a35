// How Onbrand reads and writes the text of a site's editor. One strategy per editor kind (one file each);
// detect.ts picks the strategy by the editor's DOM fingerprint, never by site, because sites switch editors.

export type EditorKind =
  'draft' | 'lexical' | 'quill' | 'prosemirror' | 'slate' | 'contenteditable' | 'textarea' | 'input';

/** The editor's text as its model holds it, with a way back from UTF-16 offsets to the DOM. */
export interface TextSnapshot {
  /** Blocks joined by '\n'; placeholders and zero-width filler are not content. */
  text: string;
  /**
   * A DOM Range over [start, end) of `text`, for highlighting and positioning. `null` for form fields
   * (textarea/input have no inner DOM; use their mirror geometry instead) or when the DOM changed.
   */
  rangeFor(start: number, end: number): Range | null;
  /** On-screen boxes of [start, end); works for every kind (form fields through a mirror element). */
  rectsFor(start: number, end: number): DOMRect[];
}

/** Caret/selection as text offsets, so it survives the editor re-rendering its DOM. */
export interface TextSelection {
  start: number;
  end: number;
}

export interface EditorStrategy {
  kind: EditorKind;
  /** True when `element` (or its editor root) has this editor's fingerprint. */
  matches(element: Element): boolean;
  /** The editor's root element (the contenteditable / form field) from any element inside it. */
  rootOf(element: Element): HTMLElement | null;
  read(root: HTMLElement): TextSnapshot;
  getSelection(root: HTMLElement): TextSelection | null;
  setSelection(root: HTMLElement, selection: TextSelection): void;
  /**
   * Replaces [start, end) with plain `text` so that the editor's MODEL holds the result (not just the DOM),
   * once, with the caret after the inserted text. Focus and selection are restored first. Resolves true when
   * a re-read confirms the expected text; false otherwise (nothing is retried blindly).
   */
  replace(root: HTMLElement, start: number, end: number, text: string): Promise<boolean>;
  /**
   * Same as `replace`, reporting which input method the editor accepted (or why it stopped). `options.methods`
   * overrides the kind's method order (for measuring what an editor accepts).
   */
  replaceWithOutcome(
    root: HTMLElement,
    start: number,
    end: number,
    text: string,
    options?: ReplaceOptions,
  ): Promise<ReplaceOutcome>;
  /**
   * Inserts `text` at `saved` (a selection remembered before focus moved away, e.g. to a template picker), or at
   * the current selection, or at the end. Same guarantees as `replace`.
   */
  insertAtSelection(root: HTMLElement, text: string, saved?: TextSelection | null): Promise<boolean>;
}

export interface ReplaceOptions {
  methods?: InsertMethod[];
  /**
   * Where the caret goes once the text is in (default: just after the inserted text). It is placed before the
   * replace yields to the page, so a key the person presses right after the change lands there.
   */
  caret?: TextSelection;
}

export type InsertMethod = 'execCommand' | 'paste' | 'beforeinput' | 'domInput' | 'setRangeText';

export interface ReplaceOutcome {
  ok: boolean;
  /** The method whose result was confirmed, if any. */
  method: InsertMethod | null;
  /** Methods dispatched, in order. */
  tried: InsertMethod[];
  /** Why it stopped without success. */
  reason?: 'out-of-range' | 'too-long' | 'changed-unexpectedly' | 'ignored' | 'not-editable';
}
