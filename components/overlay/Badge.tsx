import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { effect, signal } from '@preact/signals-react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { layoutTick, openCard } from '@/lib/assistant/ui-state';
import { closePicker, openPicker, pickerState } from '@/lib/assistant/template-picker';
import { useT } from '../shared/i18n';
import { LENGTH_UNIT_LABEL, LIST_LABEL, SEVERITY_LABEL, localized } from './labels';
import { badgeView } from './badge-view';
import { LengthCounter } from './LengthCounter';
import { trusted } from './trusted';
import { saveBoxReport } from '@/lib/assistant/report-box';

/**
 * The small badge at the focused box: findings by severity, the platform length counter, the tone reading.
 * It re-renders only when what it shows changes besides the counter (see badge-view.ts).
 */
export function Badge({ session }: { session: BoxSession }) {
  useSignals();
  const t = useT();
  const view = useMemo(() => badgeView(session), [session]);
  const [listOpen, setListOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const checked = view.checked.value;
  // A box scrolled out of view takes its badge along, and scrolling then costs nothing at all.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh signal for each box the badge is given
  const inView = useMemo(() => signal(true), [session]);
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => (inView.value = entries[entries.length - 1].isIntersecting));
    observer.observe(session.root);
    return () => observer.disconnect();
  }, [session, inView]);
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
  if (!checked) return null;
  const worst = view.state.value;
  const lengthUnit = view.lengthUnit.value;

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
        onClick={trusted(() => (pickerState.value?.session === session ? closePicker(true) : openPicker(session)))}
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
        onClick={trusted(() => setListOpen(!listOpen))}
      >
        <span className="ob-dot" />
        {worst === 'ok' ? (
          <span data-testid="badge-clean">{t('assistant.clean')}</span>
        ) : (
          <span data-testid="badge-counts">{view.counts.value}</span>
        )}
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
        <span className="ob-no-submit" role="status" data-testid="badge-no-submit" title={t('assistant.noSubmit')}>
          {t('assistant.noSubmit')}
        </span>
      )}
      {listOpen && <FindingsList session={session} below={badgePosition(session.root.getBoundingClientRect()).top < innerHeight / 2} onPicked={() => setListOpen(false)} />}
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

/** The findings of the latest check as a list (keyboard access to every card); subscribes only while open. */
function FindingsList({ session, below, onPicked }: { session: BoxSession; below: boolean; onPicked(): void }) {
  useSignals();
  const t = useT();
  const checked = session.checked.value;
  if (!checked) return null;
  const { findings } = checked.analysis;
  return (
    <div className={below ? 'ob-list ob-below' : 'ob-list ob-above'} role="dialog" aria-label={t('assistant.findings.title')} data-testid="findings-list">
      {findings.length === 0 && <p>{t('assistant.findings.none')}</p>}
      <ReportBox session={session} />
      {findings.map((finding, index) => (
        <button
          key={`${finding.ruleId}:${finding.start}`}
          type="button"
          className={`ob-list-item ob-${finding.severity}`}
          data-testid={`finding-${index}`}
          data-rule={finding.ruleId}
          onClick={trusted((event) => {
            const anchor = checked.snapshot.rectsFor(finding.start, finding.end)[0] ?? event.currentTarget.getBoundingClientRect();
            openCard.value = { finding, anchor, via: 'keyboard' };
            onPicked();
          })}
        >
          <strong>{t(SEVERITY_LABEL[finding.severity])}</strong> “{finding.text}” — {localized(finding.message)}
          <span className="ob-muted"> ({t(LIST_LABEL[finding.list])})</span>
        </button>
      ))}
    </div>
  );
}

/** The menu's "Report this box": saves a text-free skeleton of the page around the box for the team. */
function ReportBox({ session }: { session: BoxSession }) {
  const t = useT();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="ob-report-box">
      <button type="button" className="ob-list-item" data-testid="report-box" onClick={trusted(() => setSaved(saveBoxReport(session)))}>
        {t('assistant.reportBox')}
      </button>
      {saved && <p className="ob-muted" role="status" data-testid="report-box-saved">{t('assistant.reportBox.saved', { file: saved })}</p>}
    </div>
  );
}
