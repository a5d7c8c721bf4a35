import { useEffect, useRef } from 'react';
import { rectOf, type Rect } from '@/lib/assistant/placement';
import { useSignals } from '@preact/signals-react/runtime';
import {
  chooseTemplate,
  closePicker,
  leaveForm,
  moveHighlight,
  pickerState,
  setQuery,
  submitForm,
  templateLibrary,
} from '@/lib/assistant/template-picker-state';
import { pickerMatches, type PickerState } from '@/lib/assistant/template-picker-decisions';
import { DEFAULT_TRIGGER } from '@/lib/templates';
import { useT } from '../shared/i18n';
import { PickerForm } from './picker/PickerForm';
import { PickerList } from './picker/PickerList';
import { useRectOf } from './useRectOf';
import { usePlacement } from './usePlacement';
import { isComposing } from '@/lib/editors/composition';

/**
 * What the picker stays next to: the typed trigger / saved caret when it is in the box, else the box. What it
 * keeps clear of besides: the caret line and the comment being answered (usePlacement flips it to the side
 * with room).
 */
function pickerAnchor(state: PickerState): Rect | null {
  const { root, strategy } = state.session;
  if (!root.isConnected) return null;
  const box = rectOf(root.getBoundingClientRect());
  const span = state.typed ?? state.saved;
  const caret = span ? strategy.read(root).rectsFor(span.start, span.end).at(-1) : undefined;
  return caret && caret.bottom > box.top - 1 && caret.top < box.bottom + 1 ? rectOf(caret) : box;
}

function pickerKeepClear(state: PickerState): Rect[] {
  return [state.session.caretLine(), state.session.answeredRect()].filter((r): r is Rect => r !== null);
}

/**
 * The reply-template picker. Browse mode owns the keyboard through its search field; trigger mode only shows
 * the list (the keys stay in the box, handled by the runtime). Keys typed here never reach the site: the
 * assistant's shadow root isolates keyboard events.
 */
export function TemplatePicker() {
  useSignals();
  const t = useT();
  const state = pickerState.value;
  const library = templateLibrary.value;
  const rect = useRectOf(state?.session.root);
  const searchRef = useRef<HTMLInputElement>(null);
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(
    ref,
    () => (pickerState.peek() ? pickerAnchor(pickerState.peek()!) : null),
    () => (pickerState.peek() ? pickerKeepClear(pickerState.peek()!) : []),
  );
  const browsing = state?.mode === 'browse' && !state.form;
  useEffect(() => {
    if (browsing) searchRef.current?.focus({ preventScroll: true });
  }, [browsing, state?.session]);
  if (!state || !rect) return null;

  const matches = pickerMatches(library, state);
  const trigger = library?.trigger ?? DEFAULT_TRIGGER;
  const highlighted = matches[state.highlighted];

  return (
    <div
      ref={ref}
      className="ob-picker"
      role="dialog"
      aria-label={t('picker.title')}
      data-testid="template-picker"
      data-mode={state.mode}
      data-state={state.inserting ? 'inserting' : state.form ? 'form' : 'list'}
      aria-busy={state.inserting}
      data-language={state.language}
      style={{ top: 0, left: 0 }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        closePicker(true);
      }}
    >
      <div className="ob-picker-head">
        <strong>{t('picker.title')}</strong>
        <span className="ob-muted">{trigger}</span>
        <button
          type="button"
          className="ob-x"
          aria-label={t('picker.close')}
          data-testid="picker-close"
          onClick={() => closePicker(true)}
        >
          ×
        </button>
      </div>
      {state.form ? (
        <PickerForm form={state.form} onSubmit={(answers) => void submitForm(answers)} onBack={leaveForm} />
      ) : (
        <>
          {state.mode === 'browse' ? (
            <input
              ref={searchRef}
              type="search"
              className="ob-picker-search"
              role="combobox"
              // With no match there is no list to point at (axe: aria-valid-attr-value); the empty note is announced.
              aria-expanded={matches.length > 0}
              aria-controls={matches.length ? 'ob-picker-list' : undefined}
              aria-activedescendant={highlighted ? `ob-picker-option-${state.highlighted}` : undefined}
              aria-label={t('picker.search')}
              placeholder={t('picker.searchPlaceholder')}
              data-testid="picker-search"
              value={state.query}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                if (isComposing(event.nativeEvent)) return;
                if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                  event.preventDefault();
                  moveHighlight(event.key === 'ArrowDown' ? 1 : -1);
                } else if (event.key === 'Enter' && highlighted && event.nativeEvent.isTrusted) {
                  event.preventDefault();
                  void chooseTemplate(highlighted.template);
                }
              }}
            />
          ) : (
            <p className="ob-picker-typed" data-testid="picker-typed">
              {t('picker.typed', { typed: state.typed?.text ?? trigger })}
            </p>
          )}
          <PickerList
            state={state}
            matches={matches}
            trigger={trigger}
            emptyLibrary={!library?.templates.length}
            onChoose={(match) => void chooseTemplate(match.template)}
            onHighlight={(index) => {
              const current = pickerState.value;
              if (current && current.highlighted !== index)
                pickerState.value = { ...current, highlighted: index };
            }}
          />
          <p className="ob-muted ob-picker-hint">
            {t(state.mode === 'browse' ? 'picker.hint.browse' : 'picker.hint.trigger')}
          </p>
        </>
      )}
      {state.error && (
        <p className="ob-picker-error" role="alert" data-testid="picker-error">
          {t(state.error === 'moved' ? 'picker.error.moved' : 'picker.error.insert')}
        </p>
      )}
    </div>
  );
}
