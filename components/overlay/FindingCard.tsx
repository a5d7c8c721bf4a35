import { useEffect, useRef } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import type { Finding } from '@/lib/engine';
import { currentResolvedKit, exceptionNotice, openCard } from '@/lib/assistant/ui-state';
import { addKitException, exceptionFor } from '@/lib/assistant/kit-exception';
import { rectOf, type Rect } from '@/lib/assistant/placement';
import { useT } from '../shared/i18n';
import { LIST_LABEL, SEVERITY_LABEL, categoryLabel, localized } from './labels';
import { trusted } from './trusted';
import { usePlacement } from './usePlacement';
import { FindingWording } from './FindingWording';

/** Pressing a card's button must not take the caret out of the box: the fix goes where the person was typing. */
const keepCaret = (event: { preventDefault(): void }) => event.preventDefault();

/** Where the finding is on screen now (it follows scrolling), or where the card was opened. */
function spanRect(session: BoxSession, finding: Finding, fallback: DOMRect): Rect {
  const snapshot = session.snapshot();
  if (snapshot.text.slice(finding.start, finding.end) !== finding.text) return rectOf(fallback);
  const rects = snapshot.rectsFor(finding.start, finding.end);
  if (!rects.length) return rectOf(fallback);
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/**
 * What matched, from which list and why, and what to do: a suggestion applied into the editor's model, "Ignore"
 * (this span in this draft) or "Not a problem here" (an exception in the kit). Placed so it never covers the span
 * or the caret line.
 */
export function FindingCard({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const card = openCard.value;
  const notice = exceptionNotice.value;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (card?.via === 'keyboard')
      ref.current?.querySelector<HTMLElement>('button.ob-suggestion, button.ob-card-action')?.focus();
  }, [card]);
  usePlacement(
    ref,
    () => (card ? spanRect(session, card.finding, card.anchor) : notice ? rectOf(notice.anchor) : null),
    () => [session.caretLine(), session.answeredRect()].filter((r) => r !== null),
  );
  if (!card && notice) {
    return (
      <div
        ref={ref}
        className="ob-card ob-info"
        role="status"
        data-testid="exception-notice"
        data-outcome={notice.outcome}
        style={{ top: 0, left: 0 }}
      >
        <p className="ob-card-message">
          {notice.outcome === 'added'
            ? t('assistant.card.excepted', { text: notice.text, kit: notice.kitName })
            : notice.outcome === 'managed'
              ? t('assistant.card.managed', { kit: notice.kitName })
              : notice.outcome === 'team'
                ? t('assistant.card.team', { kit: notice.kitName })
                : t('assistant.card.exceptionFailed')}
        </p>
      </div>
    );
  }
  if (!card) return null;
  const { finding } = card;
  const close = () => {
    openCard.value = null;
  };
  const notAProblem = async () => {
    // Back in the box now, not after the kit is written: typing on right away must reach the editor.
    session.returnToCaret();
    const draft = session.snapshot().text;
    const resolved = currentResolvedKit.value;
    const exception = exceptionFor(finding, draft, session.platform);
    const anchor = card.anchor;
    const outcome = await addKitException(resolved, exception).catch(() => ({
      ok: false as const,
      reason: 'missing' as const,
    }));
    openCard.value = null;
    exceptionNotice.value = {
      outcome: outcome.ok ? 'added' : outcome.reason,
      text: exception.kind === 'allow-context' ? exception.context : finding.text,
      kitName: resolved?.kit.profile.name ?? '',
      anchor,
    };
  };
  return (
    <div
      ref={ref}
      className={`ob-card ob-${finding.severity}`}
      role="dialog"
      aria-label={localized(finding.message)}
      data-testid="finding-card"
      data-rule={finding.ruleId}
      style={{ top: 0, left: 0 }}
    >
      <div className="ob-card-head">
        <span className="ob-chip">{t(SEVERITY_LABEL[finding.severity])}</span>
        <span data-testid="card-matched">
          <FindingWording finding={finding} />
        </span>
        <button
          type="button"
          className="ob-x"
          aria-label={t('assistant.card.close')}
          data-testid="card-close"
          onMouseDown={keepCaret}
          onClick={close}
        >
          ×
        </button>
      </div>
      <p className="ob-card-message" data-testid="card-message">
        {localized(finding.message)}
      </p>
      <p className="ob-muted" data-testid="card-why">
        {localized(finding.explanation)} ·{' '}
        {t('assistant.card.list', {
          list: t(LIST_LABEL[finding.list]),
          category: categoryLabel(finding.category),
        })}
      </p>
      <div className="ob-suggestions">
        {finding.suggestions.length === 0 && (
          <span className="ob-muted">{t('assistant.card.noSuggestion')}</span>
        )}
        {finding.suggestions.map((suggestion, index) => (
          <button
            key={suggestion}
            type="button"
            className="ob-suggestion"
            data-testid={`suggestion-${index}`}
            onMouseDown={keepCaret}
            onClick={trusted(() => {
              session.returnToCaret();
              close();
              void session.applySuggestion(finding, suggestion);
            })}
          >
            {t('assistant.card.replace', { suggestion })}
          </button>
        ))}
      </div>
      <div className="ob-card-actions">
        <button
          type="button"
          className="ob-card-action"
          data-testid="card-ignore"
          title={t('assistant.card.ignore.title')}
          onMouseDown={keepCaret}
          onClick={trusted(() => {
            session.returnToCaret();
            close();
            session.ignore(finding);
          })}
        >
          {t('assistant.card.ignore')}
        </button>
        <button
          type="button"
          className="ob-card-action"
          data-testid="card-not-a-problem"
          title={t('assistant.card.notAProblem.title')}
          onMouseDown={keepCaret}
          onClick={trusted(() => void notAProblem())}
        >
          {t('assistant.card.notAProblem')}
        </button>
      </div>
    </div>
  );
}
