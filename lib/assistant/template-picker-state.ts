import { signal } from '@preact/signals-react';
import type { Suggestion } from '../community/reminders/suggestion';
import type { ActivityRecord } from '@/lib/records/schema';
import type { UiLocale } from '@/lib/i18n';
import {
  fillTemplate,
  missingValues,
  type FillContext,
  type Template,
  type TemplateLibrary,
} from '@/lib/templates';
import { recordUse } from '@/lib/templates/store';
import { starterTemplates } from './parts';
import { currentKit } from './ui-state';
import {
  answerAll,
  baseContext,
  pickerMatches,
  replyLanguage,
  templateUseRecord,
  wrapIndex,
  writeTemplate,
  type PickerSession,
  type PickerState,
} from './template-picker-decisions';

// The template picker's state (signals the overlay renders) and its transitions: open, close, search, move the
// highlight, choose, answer the form, insert. Decisions are template-picker-decisions.ts; what opens it from the
// page is template-picker-trigger.ts and template-picker.ts.

export const pickerState = signal<PickerState | null>(null);
/** The template library, kept current from storage while the assistant runs. */
export const templateLibrary = signal<TemplateLibrary | null>(null);
/** The UI language (from settings), for bilingual date formats and the default reply language. */
export const pickerLocale = signal<UiLocale>('en');
/** The manager's name (from settings), for {my_name}. */
export const myName = signal('');

/** Where template-use records go (the runtime's outbox): set by installTemplatePicker. */
let enqueueRecord: (record: ActivityRecord) => void = () => {};
export function setTemplateUseSink(enqueue: (record: ActivityRecord) => void): void {
  enqueueRecord = enqueue;
}

function kitName(): string | undefined {
  return currentKit.value?.profile.name;
}

export function newState(
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
    suggestion: null,
    ...extra,
  };
}

/**
 * Opens the picker in browse mode (button or shortcut), remembering the caret in the box. From a reminder's
 * suggestion, its templates come first, {author} is the member it names (the box may answer the post itself,
 * whose author is the brand), and the holiday it names fills the holiday templates' blank.
 */
export function openPicker(session: PickerSession, suggestion?: Suggestion): void {
  const saved = session.strategy.getSelection(session.root);
  const state = newState(session, 'browse', {
    saved,
    suggestion: suggestion?.kind ?? null,
    ...(suggestion?.template ? { suggestedTemplate: suggestion.template } : {}),
  });
  if (suggestion?.author) state.context = { ...state.context, author: suggestion.author };
  // The holiday templates' {?holiday} / {?节日} are the holiday the reminder named.
  if (suggestion?.holiday)
    state.context = {
      ...state.context,
      custom: { ...state.context.custom, holiday: suggestion.holiday.en, 节日: suggestion.holiday.zh },
    };
  pickerState.value = state;
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
