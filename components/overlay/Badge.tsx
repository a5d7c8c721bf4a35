import { useLayoutEffect, useMemo, useRef } from 'react';
import { effect } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { currentPause, findingsListOpen, layoutTick } from '@/lib/assistant/ui-state';
import { translate } from '@/lib/i18n';
import { closePicker, openPicker, pickerState } from '@/lib/assistant/template-picker-state';
import { templateSuggestion } from '@/lib/assistant/template-suggestion';
import { uiLocale, useT } from '../shared/i18n';
import { LENGTH_UNIT_LABEL } from './labels';
import { badgeView } from './badge-view';
import { LengthCounter } from './LengthCounter';
import { trusted } from './trusted';
import { ReviewRequest } from './ReviewRequest';
import { boxInView } from './box-in-view';

/**
 * The small badge at the focused box: findings by severity, the platform length counter, the tone reading.
 * It re-renders only when what it shows changes besides the counter (see badge-view.ts).
 */
export function Badge({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const view = useMemo(() => badgeView(session), [session]);
  const listOpen = findingsListOpen.value !== null;
  const wrap = useRef<HTMLDivElement>(null);
  const checked = view.checked.value;
  // A box scrolled out of view takes its badge along, and scrolling then costs nothing at all.
  const inView = boxInView(session.root);
  // Follows the box on every scroll frame and resize by setting its own style: no re-render per frame.
  useLayoutEffect(() => {
    if (!checked) return;
    return effect(() => {
      const element = wrap.current;
      if (!element) return;
      // A box the site removed (sent, closed) takes its badge along too.
      element.hidden = !inView.value || !session.root.isConnected;
      if (element.hidden) return;
      void layoutTick.value;
      const { top, right } = badgePosition(session.root.getBoundingClientRect());
      Object.assign(element.style, { top: `${top}px`, right: `${right}px` });
    });
  }, [session, checked, inView]);
  // A screen reader hears the counts and the length reading (the counter itself is a canvas): its name is the
  // button's text, with the reading in a visually hidden span set directly, so a keystroke that only moves the
  // counter still re-renders nothing.
  const reading = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (!checked) return;
    return effect(() => {
      const unit = view.lengthUnit.value;
      const text = unit
        ? ` · ${view.lengthText.value} ${translate(uiLocale.value, LENGTH_UNIT_LABEL[unit])} · `
        : ' · ';
      // The span's one text node (rendered once, below) gets the new data: no node replaced per keystroke.
      const node = reading.current?.firstChild as Text | null | undefined;
      if (node && node.data !== text) node.data = text;
    });
  }, [view, checked]);
  if (!checked) return null;
  const worst = view.state.value;
  const lengthUnit = view.lengthUnit.value;
  const suggestion = templateSuggestion.value;

  return (
    <div className="ob-badge-wrap" ref={wrap}>
      <button
        type="button"
        className="ob-picker-button"
        data-testid="picker-open"
        aria-label={t('picker.open')}
        title={t('picker.open')}
        aria-expanded={pickerState.value?.session === session}
        // Keeps the caret in the box, so the picker saves where the template goes.
        onMouseDown={(event) => event.preventDefault()}
        onClick={trusted(() =>
          pickerState.value?.session === session ? closePicker(true) : openPicker(session),
        )}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
          <path d="M5 5.5h6M5 8h4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
      </button>
      {suggestion && (
        <button
          type="button"
          className="ob-suggestion"
          data-testid="picker-suggestion"
          data-kind={suggestion.kind}
          title={t('reminders.suggested.label')}
          // Like the picker button: the caret stays in the box, where the template goes.
          onMouseDown={(event) => event.preventDefault()}
          onClick={trusted(() => openPicker(session, suggestion))}
        >
          {suggestion.kind === 'holiday'
            ? t('reminders.suggested.holiday', {
                holiday: (uiLocale.value === 'zh-CN' ? suggestion.holiday?.zh : suggestion.holiday?.en) ?? '',
              })
            : t(
                suggestion.kind === 'welcome'
                  ? 'reminders.suggested.welcome'
                  : 'reminders.suggested.birthday',
              )}
        </button>
      )}
      <button
        type="button"
        className={`ob-badge ob-${worst}`}
        data-testid="onbrand-badge"
        data-state={worst}
        aria-expanded={listOpen}
        // Keeps focus and the caret in the box: the list opens beside it (returnToCaret explains the refocus' cost).
        onMouseDown={(event) => event.preventDefault()}
        onClick={trusted(() => (findingsListOpen.value = listOpen ? null : { via: 'click' }))}
      >
        <span className="ob-dot" />
        <span className="ob-sr-only">{t('assistant.badge.label')}</span>
        {worst === 'ok' ? (
          <span data-testid="badge-clean">{t('assistant.clean')}</span>
        ) : (
          <span data-testid="badge-counts">{view.counts.value}</span>
        )}
        <span className="ob-sr-only" ref={reading} data-testid="badge-reading">
          {' · '}
        </span>
        {lengthUnit && (
          <span className="ob-length-slot" style={{ width: `${view.lengthWidthCh.value}ch` }}>
            <LengthCounter
              text={view.lengthText}
              className={view.lengthOver.value ? 'ob-length ob-over' : 'ob-length'}
              title={t(LENGTH_UNIT_LABEL[lengthUnit])}
              testId="badge-length"
            />
          </span>
        )}
        <span className={`ob-tone ob-tone-${view.toneLabel.value}`} data-testid="badge-tone">
          {view.tone.value}
        </span>
      </button>
      {session.noSubmitControl.value && (
        <span
          className="ob-no-submit"
          role="status"
          data-testid="badge-no-submit"
          title={t('assistant.noSubmit')}
        >
          {t('assistant.noSubmit')}
        </span>
      )}
      <PauseBanner />
      <UndoFix session={session} />
      <ReviewRequest session={session} />
    </div>
  );
}

/**
 * Just above the box's top-right corner: the site's own buttons sit below or beside a box, rarely above. With no
 * room above (box at the top of the viewport) it tucks inside the bottom-right corner.
 */
function badgePosition(box: DOMRect): { top: number; right: number } {
  const top = box.top > 40 ? box.top - 4 : Math.min(box.bottom - 4, innerHeight - 8);
  return { top, right: Math.max(8, innerWidth - box.right) };
}

/** The crisis pause in force, beside every badge: the person sees it before they write, not only at the gate. */
function PauseBanner() {
  useSignals();
  const t = useT();
  const pause = currentPause.value;
  if (!pause) return null;
  return (
    <span className="ob-pause-banner" role="status" data-testid="badge-pause-banner">
      {t('pause.banner', { reason: pause.reason })}
    </span>
  );
}

/** The visible Undo of the last applied fix (native Ctrl+Z works too, but nobody sees it). */
function UndoFix({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const fix = session.lastFix.value;
  if (!fix) return null;
  return (
    <button
      type="button"
      className="ob-undo"
      data-testid="undo-fix"
      // Keeps the caret in the box, where it stays after the undo.
      onMouseDown={(event) => event.preventDefault()}
      onClick={trusted(() => {
        session.returnToCaret();
        void session.undoFix();
      })}
    >
      {t('assistant.undo', { after: fix.after, before: fix.before })}
    </button>
  );
}
