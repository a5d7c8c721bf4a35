import { useEffect, useRef } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { selectionCheck } from '@/lib/assistant/ui-state';
import { rectOf } from '@/lib/assistant/placement';
import { useT } from '../shared/i18n';
import { LIST_LABEL, SEVERITY_LABEL, categoryLabel, localized } from './labels';
import { usePlacement } from './usePlacement';
import { FindingWording } from './FindingWording';

/** "Check this selection with Onbrand" (context menu): the selected text's findings beside the selection. */
export function SelectionCheck() {
  useSignals();
  const t = useT();
  const check = selectionCheck.value;
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(
    ref,
    () => (check ? rectOf(check.anchor) : null),
    () => [],
  );
  useEffect(() => {
    if (check) ref.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  }, [check]);
  if (!check) return null;
  return (
    <div
      ref={ref}
      className="ob-card ob-selection"
      role="dialog"
      aria-label={t('assistant.selection.title')}
      data-testid="selection-check"
      style={{ top: 0, left: 0 }}
    >
      <div className="ob-card-head">
        <span>{t('assistant.selection.title')}</span>
        <button
          type="button"
          className="ob-x"
          aria-label={t('assistant.selection.close')}
          data-testid="selection-close"
          onClick={() => (selectionCheck.value = null)}
        >
          ×
        </button>
      </div>
      {check.findings.length === 0 ? (
        <p className="ob-card-message" data-testid="selection-clean">
          {t('assistant.selection.clean')}
        </p>
      ) : (
        <ul className="ob-selection-list">
          {check.findings.map((finding) => (
            <li
              key={`${finding.ruleId}:${finding.start}`}
              data-testid="selection-finding"
              data-rule={finding.ruleId}
            >
              <strong>{t(SEVERITY_LABEL[finding.severity])}</strong> <FindingWording finding={finding} /> —{' '}
              {localized(finding.message)}
              <span className="ob-muted">
                {' '}
                ({t(LIST_LABEL[finding.list])} · {categoryLabel(finding.category)})
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
