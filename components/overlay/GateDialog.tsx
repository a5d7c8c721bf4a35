import { useLayoutEffect, useRef, useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { gateRequest } from '@/lib/assistant/ui-state';
import { useT } from '../shared/i18n';
import { localized } from './labels';
import { trusted } from './trusted';

/**
 * Holds a submit with blocking findings: "Edit" goes back to the draft, "Post anyway" publishes and records why.
 * During a crisis pause it holds every submit: the person confirms with their own click and gives a reason.
 */
export function GateDialog() {
  useSignals();
  const t = useT();
  const request = gateRequest.value;
  const [reason, setReason] = useState('');
  const editRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  // The reason is taken only from the person's edits: typing, IME, paste, drop and deletions each announce a
  // trusted `beforeinput`. A page script's execCommand into the focused field fires a trusted `input` but no
  // `beforeinput`, so its text is refused and the field goes back to what the person wrote.
  const personEditing = useRef(false);
  // A layout effect, in the same task as the commit that shows the dialog: no input can arrive before the field
  // is listened to, the reason is reset and Edit is focused. A passive effect runs a frame later (Preact: after
  // the next animation frame); a person quick enough, or a busy page, typed the reason into a field whose
  // `beforeinput` was not listened to yet — refused as the page's — or had it wiped or focus moved to Edit under
  // them, and "Post anyway" went out without the reason.
  useLayoutEffect(() => {
    setReason('');
    editRef.current?.focus();
    const field = reasonRef.current;
    if (!field) return;
    const note = (event: Event) => void (personEditing.current = event.isTrusted);
    field.addEventListener('beforeinput', note, { capture: true });
    return () => field.removeEventListener('beforeinput', note, { capture: true });
  }, [request]);
  if (!request) return null;
  const canPost = !request.requireReason || reason.trim().length > 0;
  const pause = request.pause;
  return (
    <div className="ob-gate-backdrop">
      <div
        className="ob-gate"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="ob-gate-title"
        data-testid="gate-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape') request.resolve({ action: 'edit' }, event.nativeEvent);
        }}
      >
        <h2 id="ob-gate-title">{pause ? t('pause.gate.title') : t('assistant.gate.title')}</h2>
        {pause ? (
          <p data-testid="gate-pause">{t('pause.gate.body', { reason: pause.reason })}</p>
        ) : (
          <p>{t('assistant.gate.body')}</p>
        )}
        {pause && request.blocking.length > 0 && <p>{t('assistant.gate.body')}</p>}
        <ul data-testid="gate-findings" hidden={request.blocking.length === 0}>
          {request.blocking.map((finding) => (
            <li key={`${finding.ruleId}:${finding.start}`} data-rule={finding.ruleId}>
              <strong>“{finding.text}”</strong> — {localized(finding.message)}
            </li>
          ))}
        </ul>
        <label className="ob-reason">
          <span>
            {pause
              ? t('pause.gate.reason')
              : request.requireReason
                ? t('assistant.gate.reasonRequired')
                : t('assistant.gate.reason')}
          </span>
          <textarea
            ref={reasonRef}
            data-testid="gate-reason"
            value={reason}
            onChange={(event) => {
              if (personEditing.current) setReason(event.target.value);
              // Refused: put the person's text back ourselves. Preact does not restore a controlled field whose
              // state did not change, so the page's text would otherwise stay and ride along the next real edit.
              else event.target.value = reason;
              personEditing.current = false;
            }}
            rows={2}
          />
        </label>
        <div className="ob-gate-actions">
          <button
            ref={editRef}
            type="button"
            className="ob-primary"
            data-testid="gate-edit"
            onClick={(event) => request.resolve({ action: 'edit' }, event.nativeEvent)}
          >
            {t('assistant.gate.edit')}
          </button>
          <button
            type="button"
            data-testid="gate-post-anyway"
            disabled={!canPost}
            onClick={trusted((event) =>
              request.resolve({ action: 'post', reason: reason.trim() }, event.nativeEvent),
            )}
          >
            {pause ? t('pause.gate.confirm') : t('assistant.gate.postAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
