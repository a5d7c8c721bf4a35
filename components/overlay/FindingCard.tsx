import { useEffect, useRef } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { openCard } from '@/lib/assistant/ui-state';
import { useT } from '../shared/i18n';
import { LIST_LABEL, SEVERITY_LABEL, localized } from './labels';
import { trusted } from './trusted';

/** What matched, from which list and why, and the wording to use instead — applied into the editor's model. */
export function FindingCard({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const card = openCard.value;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (card?.via === 'keyboard') ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [card]);
  if (!card) return null;
  const { finding, anchor } = card;
  const top = anchor.bottom + 6 + 180 > innerHeight ? Math.max(8, anchor.top - 186) : anchor.bottom + 6;
  const left = Math.min(Math.max(8, anchor.left), innerWidth - 328);
  const close = () => {
    openCard.value = null;
  };
  return (
    <div
      ref={ref}
      className={`ob-card ob-${finding.severity}`}
      role="dialog"
      aria-label={localized(finding.message)}
      data-testid="finding-card"
      data-rule={finding.ruleId}
      style={{ top, left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          close();
          session.root.focus();
        }
      }}
    >
      <div className="ob-card-head">
        <span className="ob-chip">{t(SEVERITY_LABEL[finding.severity])}</span>
        <span data-testid="card-matched">{t('assistant.card.matched', { text: finding.text })}</span>
        <button type="button" className="ob-x" aria-label={t('assistant.card.close')} data-testid="card-close" onClick={close}>
          ×
        </button>
      </div>
      <p className="ob-card-message" data-testid="card-message">{localized(finding.message)}</p>
      <p className="ob-muted" data-testid="card-why">
        {localized(finding.explanation)} · {t('assistant.card.list', { list: t(LIST_LABEL[finding.list]), category: finding.category })}
      </p>
      <div className="ob-suggestions">
        {finding.suggestions.length === 0 && <span className="ob-muted">{t('assistant.card.noSuggestion')}</span>}
        {finding.suggestions.map((suggestion, index) => (
          <button
            key={suggestion}
            type="button"
            className="ob-suggestion"
            data-testid={`suggestion-${index}`}
            onClick={trusted(() => {
              close();
              void session.applySuggestion(finding, suggestion);
            })}
          >
            {t('assistant.card.replace', { suggestion })}
          </button>
        ))}
      </div>
    </div>
  );
}
