import { useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { openCard } from '@/lib/assistant/ui-state';
import { closePicker, openPicker, pickerState } from '@/lib/assistant/template-picker';
import { useT } from '../shared/i18n';
import { COUNT_LABEL, LENGTH_UNIT_LABEL, LIST_LABEL, SEVERITY_LABEL, TONE_LABEL, localized } from './labels';
import { useRectOf } from './useLayout';

/** The small badge at the focused box: findings by severity, the platform length counter, the tone reading. */
export function Badge({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const rect = useRectOf(session.root);
  const [listOpen, setListOpen] = useState(false);
  const checked = session.checked.value;
  if (!rect || !checked) return null;
  const { findings, length, tone } = checked.analysis;
  const counts = { block: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const worst = counts.block ? 'block' : counts.warn ? 'warn' : counts.info ? 'info' : 'ok';
  const over = length.max !== undefined && length.used > length.max;
  // Just above the box's top-right corner: the site's own buttons sit below or beside a box, rarely above.
  // With no room above (box at the top of the viewport) it tucks inside the bottom-right corner.
  const roomAbove = rect.top > 40;
  const top = roomAbove ? rect.top - 4 : Math.min(rect.bottom - 4, innerHeight - 8);
  const right = Math.max(8, innerWidth - rect.right);
  // The findings list opens toward the larger free side of the viewport.
  const listBelow = top < innerHeight / 2;

  return (
    <div className="ob-badge-wrap" style={{ top, right }}>
      <button
        type="button"
        className="ob-picker-button"
        data-testid="picker-open"
        aria-label={t('picker.open')}
        title={t('picker.open')}
        aria-expanded={pickerState.value?.session === session}
        // Keeps the caret in the box, so the picker saves where the template goes.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => (pickerState.value?.session === session ? closePicker(true) : openPicker(session))}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3 3v-3h-.5A1.5 1.5 0 0 1 2 9.5z" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
          <path d="M5 5.5h6M5 8h4" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
        </svg>
      </button>
      <button
        type="button"
        className={`ob-badge ob-${worst}`}
        data-testid="onbrand-badge"
        data-state={worst}
        aria-expanded={listOpen}
        aria-label={t('assistant.badge.open')}
        onClick={() => setListOpen(!listOpen)}
      >
        <span className="ob-dot" />
        {worst === 'ok' ? (
          <span data-testid="badge-clean">{t('assistant.clean')}</span>
        ) : (
          <span data-testid="badge-counts">
            {(['block', 'warn', 'info'] as const)
              .filter((s) => counts[s])
              .map((s) => t(COUNT_LABEL[s], { count: counts[s] }))
              .join(' · ')}
          </span>
        )}
        {length.max !== undefined && (
          <span className={over ? 'ob-length ob-over' : 'ob-length'} data-testid="badge-length" title={t(LENGTH_UNIT_LABEL[length.unit])}>
            {t('assistant.length', { used: length.used, max: length.max })}
          </span>
        )}
        <span className={`ob-tone ob-tone-${tone.label}`} data-testid="badge-tone">
          {t('assistant.tone', { label: t(TONE_LABEL[tone.label]) })}
        </span>
      </button>
      {listOpen && (
        <div className={listBelow ? 'ob-list ob-below' : 'ob-list ob-above'} role="dialog" aria-label={t('assistant.findings.title')} data-testid="findings-list">
          {findings.length === 0 && <p>{t('assistant.findings.none')}</p>}
          {findings.map((finding, index) => (
            <button
              key={`${finding.ruleId}:${finding.start}`}
              type="button"
              className={`ob-list-item ob-${finding.severity}`}
              data-testid={`finding-${index}`}
              data-rule={finding.ruleId}
              onClick={(event) => {
                const anchor = checked.snapshot.rectsFor(finding.start, finding.end)[0] ?? event.currentTarget.getBoundingClientRect();
                openCard.value = { finding, anchor, via: 'keyboard' };
                setListOpen(false);
              }}
            >
              <strong>{t(SEVERITY_LABEL[finding.severity])}</strong> “{finding.text}” — {localized(finding.message)}
              <span className="ob-muted"> ({t(LIST_LABEL[finding.list])})</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
