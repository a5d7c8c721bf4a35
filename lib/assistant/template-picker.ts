/**
 * The in-page reply-template picker: its state (a signal the overlay renders), how it opens (button, the browser
 * command "open-templates" — Alt+Shift+Y unless changed at chrome://extensions/shortcuts — or the trigger typed in the box) and closes, and how a chosen template is written into the editor's model.
 *
 * Two modes:
 *  - browse: opened by the button or the shortcut; focus moves to the picker's search field, the caret the
 *    manager left in the box is saved and the template goes there (Escape restores focus and that selection).
 *  - trigger: the trigger (";;") was typed in the box; focus STAYS in the box, the text typed after the trigger
 *    filters the list, and Enter/Tab (or space on an exact shortcut) replaces the typed ";;shortcut".
 * A template with values nobody knows yet ({?order number}, an unknown {author}) first shows a small form.
 */
import { effect, signal, untracked } from '@preact/signals-react';
import type { TextSelection } from '@/lib/editors/types';
import type { ActivityRecord } from '@/lib/records/schema';
import type { PlatformId } from '@/lib/platforms';
import { resolveLocale, type UiLocale } from '@/lib/i18n';
import { loadSettings, onSettingsChanged } from '@/lib/storage/settings-store';
import {
  DEFAULT_TRIGGER,
  fillTemplate,
  findByShortcut,
  matchTrigger,
  missingValues,
  searchTemplates,
  withAnswer,
  type FillContext,
  type FilledTemplate,
  type MissingValue,
  type Template,
  type TemplateLibrary,
  type TemplateMatch,
} from '@/lib/templates';
import { loadTemplates, onTemplatesChanged, recordUse } from '@/lib/templates/store';
import { starterTemplates, withTemplateParts } from './parts';
import type { BoxSession } from './box-session';
import { activeSession, currentKit } from './ui-state';
import { deepActiveElement } from './focus';
import { isComposing } from '@/lib/editors/composition';

/** The part of a BoxSession the picker uses (kept narrow so the logic is testable without a page). */
export type PickerSession = Pick<
  BoxSession,
  | 'root'
  | 'editable'
  | 'strategy'
  | 'adapter'
  | 'box'
  | 'templateIds'
  | 'recheck'
  | 'snapshot'
  | 'markUserInput'
  | 'caretLine'
  | 'answeredRect'
>;

export interface TypedTrigger {
  start: number;
  end: number;
  /** What was typed there (";;th"), checked again before it is replaced. */
  text: string;
}

export interface PickerForm {
  template: Template;
  missing: MissingValue[];
}

export interface PickerState {
  session: PickerSession;
  mode: 'browse' | 'trigger';
  query: string;
  highlighted: number;
  /** Browse mode: the selection in the box when the picker opened. */
  saved: TextSelection | null;
  /** Trigger mode: the typed trigger + shortcut that the template replaces. */
  typed: TypedTrigger | null;
  /** Values known before asking: {author} from the thread, {brand} from the kit, {my_name} from settings. */
  context: FillContext;
  language: 'en' | 'zh';
  /** Set while a template waits for the values the form asks for. */
  form: PickerForm | null;
  error: 'insert' | 'moved' | null;
  /** A chosen template is being written into the box. */
  inserting: boolean;
}

export const pickerState = signal<PickerState | null>(null);
/** The template library, kept current from storage while the assistant runs. */
export const templateLibrary = signal<TemplateLibrary | null>(null);
/** The UI language (from settings), for bilingual date formats and the default reply language. */
export const pickerLocale = signal<UiLocale>('en');
const myName = signal('');

/** Where template-use records go (the runtime's outbox). */
let enqueueRecord: (record: ActivityRecord) => void = () => {};
/** Per box: the trigger position the manager dismissed with Escape, so it does not pop up again while typing on. */
const dismissedTrigger = new WeakMap<HTMLElement, number>();

// ---------------------------------------------------------------------------------------------------------------
// Pure decisions (unit-tested)

const HAN = /\p{Script=Han}/gu;
const LATIN = /\p{Script=Latin}/gu;

/** "zh" when a text is mostly hanzi, "en" when mostly Latin letters, undefined when it has neither. */
export function scriptLanguage(text: string): 'en' | 'zh' | undefined {
  const han = text.match(HAN)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (!han && !latin) return undefined;
  // A hanzi carries about a word; weigh it against ~3 Latin letters.
  return han * 3 >= latin ? 'zh' : 'en';
}

/** The reply's language: the draft's script, else the answered comment's, else the UI language. */
export function replyLanguage(draft: string, threadText: string | undefined, locale: string): 'en' | 'zh' {
  return (
    scriptLanguage(draft) ??
    scriptLanguage(threadText ?? '') ??
    (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en')
  );
}

/** Moves a highlight through `count` items, wrapping at both ends. */
export function wrapIndex(current: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return (((current + delta) % count) + count) % count;
}

/**
 * What the picker lists for a state: suitable and most used first with no query, else by match. The box's
 * language comes first: the other language's templates are still listed (reachable by search), after them.
 */
export function pickerMatches(
  library: TemplateLibrary | null,
  state: Pick<PickerState, 'query' | 'language' | 'session'>,
): TemplateMatch[] {
  if (!library) return [];
  const matches = searchTemplates(library, state.query, {
    platform: state.session.adapter.id,
    language: state.language,
  });
  const fits = (match: TemplateMatch) =>
    match.template.language === 'both' || match.template.language === state.language;
  return [...matches.filter(fits), ...matches.filter((match) => !fits(match))];
}

export type EditorKeyAction =
  { kind: 'move'; delta: 1 | -1 } | { kind: 'choose'; template: Template } | { kind: 'close' } | null;

/**
 * A key pressed in the box while a trigger may be typed. `shortcut` is the text after the trigger (null when
 * the text before the caret does not end with one); `open` is whether the trigger-mode list is showing.
 * Enter/Tab take the highlighted template when the list shows, else the exact shortcut; space only ever takes
 * an exact shortcut (so ";;th " stays text).
 */
export function editorKeyAction(
  key: string,
  shortcut: string | null,
  open: { matches: TemplateMatch[]; highlighted: number } | null,
  exact: (shortcut: string) => Template | undefined,
): EditorKeyAction {
  if (open && (key === 'ArrowDown' || key === 'ArrowUp'))
    return open.matches.length ? { kind: 'move', delta: key === 'ArrowDown' ? 1 : -1 } : null;
  if (open && key === 'Escape') return { kind: 'close' };
  if (shortcut === null) return null;
  if (key === 'Enter' || key === 'Tab') {
    const highlighted = open?.matches[open.highlighted]?.template;
    const template = highlighted ?? (shortcut ? exact(shortcut) : undefined);
    return template ? { kind: 'choose', template } : null;
  }
  if (key === ' ' && shortcut) {
    const template = exact(shortcut);
    return template ? { kind: 'choose', template } : null;
  }
  return null;
}

/** The values known before asking anything. */
export function baseContext(
  session: PickerSession,
  kitName: string | undefined,
  name: string,
  now = Date.now(),
): FillContext {
  const thread = session.adapter.threadContext(session.box, session.editable);
  return {
    author: thread?.author?.trim() || undefined,
    brand: kitName?.trim() ?? '',
    myName: name.trim(),
    now,
    custom: {},
  };
}

/** Applies the form's answers (in the order of `missing`) to a context. */
export function answerAll(context: FillContext, missing: MissingValue[], answers: string[]): FillContext {
  return missing.reduce(
    (next, value, index) => withAnswer(next, value, answers[index]?.trim() ?? ''),
    context,
  );
}

export function templateUseRecord(
  platform: PlatformId,
  templateId: string,
  now = Date.now(),
): ActivityRecord {
  return { id: crypto.randomUUID(), at: now, platform, kind: 'template-use', templateId };
}

const plainSpaces = (text: string) => text.replace(/\u00A0/g, ' ');

/**
 * Writes filled text into the editor's model: over the typed trigger when there is one (only if it is still
 * exactly there), else at the saved selection, else at the current one, else at the end. Then puts the caret
 * at the template's caret marker. Resolves 'moved' when the typed trigger is no longer where it was.
 */
export async function writeTemplate(
  session: Pick<PickerSession, 'root' | 'strategy'>,
  target: { typed: TypedTrigger | null; saved: TextSelection | null },
  filled: FilledTemplate,
): Promise<'ok' | 'failed' | 'moved'> {
  const { root, strategy } = session;
  const current = strategy.read(root).text;
  let range: TextSelection;
  if (target.typed) {
    if (current.slice(target.typed.start, target.typed.end) !== target.typed.text) return 'moved';
    range = { start: target.typed.start, end: target.typed.end };
  } else {
    const at = target.saved ?? strategy.getSelection(root) ?? { start: current.length, end: current.length };
    range = { start: Math.min(at.start, current.length), end: Math.min(at.end, current.length) };
  }
  const ok = await strategy.replace(root, range.start, range.end, filled.text);
  if (!ok) {
    // A contenteditable keeps a typed trailing space as U+00A0 and the browser turns it back into a plain
    // space once text follows it; replace() sees that as an unexpected change, but the insert happened once.
    const expected = current.slice(0, range.start) + filled.text + current.slice(range.end);
    if (plainSpaces(strategy.read(root).text) !== plainSpaces(expected)) return 'failed';
    const end = range.start + filled.text.length;
    strategy.setSelection(root, { start: end, end });
  }
  // replace() leaves the caret after the text; move it only for a {|} marker inside.
  if (filled.caretOffset < filled.text.length) {
    const caret = range.start + filled.caretOffset;
    strategy.setSelection(root, { start: caret, end: caret });
  }
  return 'ok';
}

// ---------------------------------------------------------------------------------------------------------------
// State transitions

function kitName(): string | undefined {
  return currentKit.value?.profile.name;
}

function newState(
  session: PickerSession,
  mode: PickerState['mode'],
  extra: Partial<PickerState>,
): PickerState {
  // The typed ";;shortcut" is not the reply's language ("thx" in a Chinese reply is still a Chinese reply).
  const text = session.snapshot().text;
  const draft = extra.typed ? text.slice(0, extra.typed.start) + text.slice(extra.typed.end) : text;
  const thread = session.adapter.threadContext(session.box, session.editable);
  return {
    session,
    mode,
    query: '',
    highlighted: 0,
    saved: null,
    typed: null,
    context: baseContext(session, kitName(), myName.value),
    language: replyLanguage(draft, thread?.text, pickerLocale.value),
    form: null,
    error: null,
    inserting: false,
    ...extra,
  };
}

/** Opens the picker in browse mode (button or shortcut), remembering the caret in the box. */
export function openPicker(session: PickerSession): void {
  const saved = session.strategy.getSelection(session.root);
  pickerState.value = newState(session, 'browse', { saved });
}

/**
 * Closes the picker. `restore` (Escape, or after inserting from browse mode) puts focus back in the box with
 * the selection it had; clicking elsewhere in the page closes without taking focus back.
 */
export function closePicker(restore: boolean): void {
  const state = pickerState.value;
  if (!state) return;
  pickerState.value = null;
  if (!restore) return;
  const { root, strategy } = state.session;
  if (!root.isConnected) return;
  root.focus({ preventScroll: true });
  if (state.saved) strategy.setSelection(root, state.saved);
  else if (state.typed) strategy.setSelection(root, { start: state.typed.end, end: state.typed.end });
}

export function setQuery(query: string): void {
  const state = pickerState.value;
  if (state) pickerState.value = { ...state, query, highlighted: 0, error: null };
}

export function moveHighlight(delta: number): void {
  const state = pickerState.value;
  if (!state) return;
  const count = pickerMatches(templateLibrary.value, state).length;
  pickerState.value = { ...state, highlighted: wrapIndex(state.highlighted, delta, count) };
}

/** Picks a template: inserts it now, or shows the form when values are missing. */
export async function chooseTemplate(template: Template): Promise<boolean> {
  const state = pickerState.value;
  if (!state || state.inserting) return false;
  const context = { ...state.context, now: Date.now() };
  const missing = missingValues(template, context, state.session.adapter.id);
  if (missing.length) {
    pickerState.value = { ...state, context, form: { template, missing }, error: null };
    return false;
  }
  return insertTemplate(state, template, context);
}

/** The form was filled: insert with the answers. */
export async function submitForm(answers: string[]): Promise<boolean> {
  const state = pickerState.value;
  if (!state?.form || state.inserting) return false;
  const { template, missing } = state.form;
  if (missing.some((_, index) => !answers[index]?.trim())) return false;
  return insertTemplate(state, template, answerAll({ ...state.context, now: Date.now() }, missing, answers));
}

export function leaveForm(): void {
  const state = pickerState.value;
  if (state?.form) pickerState.value = { ...state, form: null, error: null };
}

async function insertTemplate(
  state: PickerState,
  template: Template,
  context: FillContext,
): Promise<boolean> {
  const { session } = state;
  const platform = session.adapter.id;
  const filled = fillTemplate(template, platform, context, pickerLocale.value);
  // Stays open (marked inserting) until the editor confirmed the text, so "closed" means "done".
  pickerState.value = { ...state, inserting: true, error: null };
  const outcome = await writeTemplate(session, state, filled);
  if (outcome !== 'ok') {
    pickerState.value = { ...state, inserting: false, error: outcome === 'moved' ? 'moved' : 'insert' };
    return false;
  }
  if (pickerState.value?.session === session) pickerState.value = null;
  // Only a person's key or click reaches here (untrusted keys are ignored, the picker's root is closed): the
  // insertion is their input, as typing would be.
  session.markUserInput();
  session.templateIds.add(template.id);
  enqueueRecord(templateUseRecord(platform, template.id));
  void recordUse(template.id, starterTemplates).catch(() => {});
  // Checked like typed text; editors that fired no input event still get a check.
  session.recheck();
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Wiring into the page

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
const nothingToDecide = (session: PickerSession) =>
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

export const ASSISTANT_HOST = 'onbrand-assistant';

/**
 * Is `node` part of Onbrand's own in-page UI? Its fields are never reply boxes. The shadow root is closed, so a
 * listener outside it sees events from inside with the host as their target.
 */
export function isAssistantUi(node: EventTarget | null | undefined): boolean {
  if (!(node instanceof Node)) return false;
  if (node instanceof Element && node.localName === ASSISTANT_HOST) return true;
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === ASSISTANT_HOST;
}

export interface PickerHost {
  /** The reply box an event happened in (null outside boxes, and inside Onbrand's own UI). */
  sessionForEvent(event: Event): BoxSession | null;
  enqueue(record: ActivityRecord): void;
  signal: AbortSignal;
}

/**
 * Listens for the shortcut and the trigger. Call before the pre-publish gate is installed: an Enter that inserts
 * a template is stopped here and must never reach the gate or the site as a submit.
 */
export function installTemplatePicker(host: PickerHost): void {
  enqueueRecord = host.enqueue;
  const { signal: abort } = host;
  // The picker gets each library once the parts its search needs are here; a later library wins over an earlier
  // one still waiting for them.
  let revision = 0;
  const offer = (library: TemplateLibrary) => {
    const mine = ++revision;
    void withTemplateParts(library).then(
      (ready) => {
        if (mine === revision) templateLibrary.value = ready;
      },
      (error: unknown) => console.error('Onbrand: the template picker cannot search this library', error),
    );
  };
  void loadTemplates(starterTemplates).then(offer, () => {});
  const stopTemplates = onTemplatesChanged(offer, starterTemplates);
  const applySettings = (settings: { locale: 'auto' | UiLocale; myName: string }) => {
    pickerLocale.value = resolveLocale(settings.locale, navigator.language);
    myName.value = settings.myName;
  };
  void loadSettings().then(applySettings, () => {});
  const stopSettings = onSettingsChanged(applySettings);
  abort.addEventListener('abort', () => {
    stopTemplates();
    stopSettings();
    pickerState.value = null;
  });

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  addEventListener(
    'keydown',
    (event) => {
      // A page script's synthetic keys never open the picker or insert a template.
      if (!event.isTrusted || isComposing(event)) return;
      if (!['Enter', 'Tab', ' ', 'ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const session = host.sessionForEvent(event);
      if (!session) return;
      // Re-read now: the last input may not have been synced yet when keys arrive fast.
      const typed = syncTrigger(session);
      const state = pickerState.value;
      const open =
        state?.mode === 'trigger' && state.session === session
          ? { matches: pickerMatches(templateLibrary.value, state), highlighted: state.highlighted }
          : null;
      const library = templateLibrary.value;
      const action = editorKeyAction(event.key, typed?.shortcut ?? null, open, (shortcut) => {
        // Judged only when a shortcut is looked up: it reads the whole draft.
        const language =
          state?.language ?? replyLanguage(session.snapshot().text, undefined, pickerLocale.value);
        return library
          ? findByShortcut(library, shortcut, { platform: session.adapter.id, language })
          : undefined;
      });
      if (!action) return;
      stop(event);
      if (action.kind === 'move') moveHighlight(action.delta);
      else if (action.kind === 'close') {
        if (typed) dismissedTrigger.set(session.root, typed.start);
        pickerState.value = null;
      } else {
        if (!open && typed)
          pickerState.value = newState(session, 'trigger', { query: typed.shortcut, typed });
        void chooseTemplate(action.template);
      }
    },
    { capture: true, signal: abort },
  );

  // The trigger is noticed after each check of the active box, in the frame that paints the keystroke: the text
  // has settled by then. Editors that render their model a little later (Slate) change the DOM again, which asks
  // for another check.
  const stopFollowingChecks = effect(() => {
    const session = activeSession.value;
    if (!session?.checked.value) return;
    untracked(() => {
      if (session.root.isConnected && !session.isComposing) syncTrigger(session);
    });
  });
  abort.addEventListener('abort', stopFollowingChecks);

  // Moving the caret (and editors that settle their selection after rendering, like Slate) re-decides too:
  // the list follows the caret into and out of a typed trigger.
  let selectionFrame = 0;
  document.addEventListener(
    'selectionchange',
    () => {
      const session = activeSession.value;
      // A caret moved by typing is re-decided by the check that keystroke booked, when it runs.
      if (selectionFrame || !session || session.checkPending || nothingToDecide(session)) return;
      selectionFrame = requestAnimationFrame(() => {
        selectionFrame = 0;
        const session = activeSession.value;
        const state = pickerState.value;
        if (
          !session ||
          !session.root.isConnected ||
          session.isComposing ||
          (state && state.mode !== 'trigger')
        )
          return;
        if (!session.root.contains(deepActiveElement())) return;
        syncTrigger(session);
      });
    },
    { signal: abort },
  );

  // Focus or a click moving to something else in the page (not the box, not the picker) closes the picker.
  const closeWhenOutside = (event: Event) => {
    const state = pickerState.value;
    const target = event.composedPath()[0];
    if (!state || isAssistantUi(target)) return;
    if (target instanceof Node && state.session.root.contains(target)) return;
    pickerState.value = null;
  };
  addEventListener('focusin', closeWhenOutside, { capture: true, signal: abort });
  addEventListener('pointerdown', closeWhenOutside, { capture: true, signal: abort });
}
