import { useEffect, useRef, useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { findingsListOpen, openCard } from '@/lib/assistant/ui-state';
import { rectOf } from '@/lib/assistant/placement';
import { saveBoxReport } from '@/lib/assistant/report-box';
import { useT } from '../shared/i18n';
import { LIST_LABEL, SEVERITY_LABEL, categoryLabel, localized } from './labels';
import { trusted } from './trusted';
import { usePlacement } from './usePlacement';
import { FindingWording } from './FindingWording';

/**
 * The findings of the latest check as a list, placed beside the box rather than over the draft. Keyboard: the
 * first finding has focus when opened by the command; arrows move, Enter applies the first suggestion (or opens
 * the card when there is none), Escape goes back to the caret (keyboard.ts).
 */
export function FindingsList({ session }: { session: BoxSession }) {
  useSignals();
  // Closed (all the while the person types) it neither renders nor follows the checks.
  const open = findingsListOpen.value;
  return open ? <OpenFindingsList session={session} open={open} /> : null;
}

function OpenFindingsList({
  session,
  open,
}: {
  session: BoxSession;
  open: NonNullable<typeof findingsListOpen.value>;
}) {
  useSignals();
  const t = useT();
  const checked = session.checked.value;
  const ref = useRef<HTMLDivElement>(null);
  usePlacement(
    ref,
    () => (session.root.isConnected ? rectOf(session.root.getBoundingClientRect()) : null),
    () => [session.caretLine(), session.answeredRect()].filter((r) => r !== null),
  );
  useEffect(() => {
    if (open?.via === 'keyboard') ref.current?.querySelector<HTMLElement>('.ob-finding-item')?.focus();
  }, [open]);
  if (!checked) return null;
  const { findings } = checked.analysis;
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('.ob-finding-item') ?? [])];
  return (
    <div
      ref={ref}
      className="ob-list"
      role="dialog"
      aria-label={t('assistant.findings.title')}
      data-testid="findings-list"
      style={{ top: 0, left: 0 }}
    >
      {findings.length === 0 && <p>{t('assistant.findings.none')}</p>}
      {findings.map((finding, index) => (
        <button
          key={`${finding.ruleId}:${finding.start}`}
          type="button"
          className={`ob-list-item ob-finding-item ob-${finding.severity}`}
          data-testid={`finding-${index}`}
          data-rule={finding.ruleId}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const all = items();
              all[(index + (event.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length]?.focus();
            } else if (event.key === 'Enter' && finding.suggestions.length && event.nativeEvent.isTrusted) {
              event.preventDefault();
              session.returnToCaret();
              findingsListOpen.value = null;
              void session.applySuggestion(finding, finding.suggestions[0]);
            }
          }}
          // A pointer press leaves focus in the box, at the person's caret: the item about to unmount must not take
          // it (focus would fall to <body>, where neither the box nor the overlay hears the next key).
          onMouseDown={(event) => event.preventDefault()}
          onClick={trusted((event) => {
            const anchor =
              checked.snapshot.rectsFor(finding.start, finding.end)[0] ??
              event.currentTarget.getBoundingClientRect();
            findingsListOpen.value = null;
            // From the keyboard (focus on the item) the card takes focus; from a pointer it stays in the box.
            openCard.value = { finding, anchor, via: session.hasFocus() ? 'click' : 'keyboard' };
          })}
        >
          <strong>{t(SEVERITY_LABEL[finding.severity])}</strong> <FindingWording finding={finding} /> —{' '}
          {localized(finding.message)}
          <span className="ob-muted">
            {' '}
            ({t(LIST_LABEL[finding.list])} · {categoryLabel(finding.category)})
          </span>
        </button>
      ))}
      <ReportBox session={session} />
    </div>
  );
}

/** The menu's "Report this box": saves a text-free skeleton of the page around the box for the team. */
function ReportBox({ session }: { session: BoxSession }) {
  const t = useT();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="ob-report-box">
      <button
        type="button"
        className="ob-list-item"
        data-testid="report-box"
        onClick={trusted(() => setSaved(saveBoxReport(session)))}
      >
        {t('assistant.reportBox')}
      </button>
      {saved && (
        <p className="ob-muted" role="status" data-testid="report-box-saved">
          {t('assistant.reportBox.saved', { file: saved })}
        </p>
      )}
    </div>
  );
}
