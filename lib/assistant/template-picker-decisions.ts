import type { TextSelection } from '@/lib/editors/types';
import { fitsSuggestion, type SuggestionKind } from '../community/reminders/suggestion';
import type { ActivityRecord } from '@/lib/records/schema';
import type { PlatformId } from '@/lib/platforms';
import {
  searchTemplates,
  withAnswer,
  type FillContext,
  type FilledTemplate,
  type MissingValue,
  type Template,
  type TemplateLibrary,
  type TemplateMatch,
} from '@/lib/templates';
import type { BoxSession } from './box-session';

// The template picker's pure decisions and the shapes they decide on (unit-tested without a page): the reply's
// language, the list's order, what a key does, the values known before asking, and writing a filled template
// into an editor's model. Its state is template-picker-state.ts, the page wiring template-picker.ts.

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
  /** Opened from a reminder's suggestion: its templates come first while nothing is searched. */
  suggestion: SuggestionKind | null;
  /** The one template the reminder names (a kit's holiday may), first of all. */
  suggestedTemplate?: string;
}

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
  state: Pick<PickerState, 'query' | 'language' | 'session'> &
    Partial<Pick<PickerState, 'suggestion' | 'suggestedTemplate'>>,
): TemplateMatch[] {
  if (!library) return [];
  const matches = searchTemplates(library, state.query, {
    platform: state.session.adapter.id,
    language: state.language,
  });
  const fits = (match: TemplateMatch) =>
    match.template.language === 'both' || match.template.language === state.language;
  const ordered = [...matches.filter(fits), ...matches.filter((match) => !fits(match))];
  const kind = state.suggestion;
  if (!kind || state.query) return ordered;
  const named = (match: TemplateMatch) => match.template.id === state.suggestedTemplate;
  const suggested = (match: TemplateMatch) => !named(match) && fitsSuggestion(match.template, kind);
  return [
    ...ordered.filter(named),
    ...ordered.filter(suggested),
    ...ordered.filter((match) => !named(match) && !suggested(match)),
  ];
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
