import { type ReactNode, useEffect, useId, useReducer, useRef, useState } from 'react';
import { formatInstant } from '@/lib/i18n/format';
import { localToUtc } from '@/lib/calendar/time';
import { parseTerms, PAUSE_DURATIONS, pauseEnd, untilFor, type PauseDuration } from '@/lib/pause/pause';
import { send } from '@/lib/messaging/client';
import { refusedRole, STEERING_ROLES, type Role } from '@/lib/team/roles';
import { useActivePause } from './useActivePause';
import { useTeamRole } from './useTeamRole';
import { useIntlLocale, useT } from './i18n';
import { onPauseSwitchRequest } from './pause-request';

/**
 * The crisis pause's switch, one per page (popup, dashboard): on with a reason, a duration and optional topic terms;
 * off in one click. Where the crisis signal fires (the popup's notice, the reports' crisis section, a page's offer)
 * an offer opens this switch's form (pause-request.ts). In a team only the roles that steer publishing switch it
 * (lib/team/policy.ts): any other role, or `readOnly`, sees the pause in force without the controls, and why. The
 * switch asks the worker, the pause's one writer (lib/pause/pause-store.ts). Every time is read and shown in
 * `timeZone`, the calendar's.
 */
export function PauseSwitch({
  readOnly: readOnlyProp = false,
  timeZone,
}: {
  readOnly?: boolean;
  timeZone: string;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const id = useId();
  // A timed pause runs out while the page stays open: the hook re-renders then, showing the switch off.
  const pause = useActivePause();
  const role = useTeamRole();
  const readOnly = readOnlyProp || (role !== null && !STEERING_ROLES.includes(role));
  const roleNote = (who: Role) => t('pause.readOnly', { role: t(`team.role.${who}`) });
  const readOnlyNote = <p data-testid="pause-read-only">{roleNote(role ?? 'member')}</p>;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<PauseDuration>('off');
  const [custom, setCustom] = useState('');
  const [terms, setTerms] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorNote = error && (
    <p role="alert" className="pause-error" data-testid="pause-error">
      {error}
    </p>
  );
  const when = (ms: number) => formatInstant(locale, ms, timeZone);
  // An offer opens the form (or shows the pause in force) and brings it into view with the reason focused.
  const section = useRef<HTMLElement>(null);
  // The switch's one frame in each state (on, read-only, off with its form); a plain function, not a component, so
  // the form inside keeps its inputs (and focus) across renders. An offer scrolls it into view.
  const frame = (paused: boolean, body: ReactNode) => (
    <section
      ref={section}
      className={paused ? 'pause-switch pause-on' : 'pause-switch'}
      data-testid="pause-switch"
      data-paused={String(paused)}
      aria-labelledby={id}
    >
      <h2 id={id}>{t('pause.title')}</h2>
      {body}
    </section>
  );
  const [requested, request] = useReducer((n: number) => n + 1, 0);
  useEffect(
    () =>
      onPauseSwitchRequest(() => {
        setOpen(true);
        request();
      }),
    [],
  );
  useEffect(() => {
    if (!requested) return;
    section.current?.scrollIntoView({ block: 'nearest' });
    section.current?.querySelector<HTMLElement>('textarea, button')?.focus();
  }, [requested]);
  /** A write that failed (storage full, the page closing) says so instead of an unhandled rejection. */
  const failed = (cause: unknown) => {
    console.warn('Onbrand: crisis pause not saved', cause);
    setError(t('pause.saveFailed'));
  };
  /** The worker's answer: a refusal by role (the server's words) in the UI's language, else as it came. */
  const answered = (outcome: { ok: true } | { ok: false; reason: string }): boolean => {
    if (outcome.ok) {
      setError(null);
      return true;
    }
    const who = refusedRole(outcome.reason);
    setError(who ? roleNote(who) : outcome.reason);
    return false;
  };

  if (pause) {
    const end = pauseEnd(pause);
    return frame(
      true,
      <>
        <p role="status" data-testid="pause-status">
          {Number.isFinite(end)
            ? t('pause.activeUntil', { start: when(pause.startedAt), end: when(end) })
            : t('pause.active', { start: when(pause.startedAt) })}
        </p>
        <p data-testid="pause-reason">{t('pause.activeReason', { reason: pause.reason })}</p>
        {pause.terms.length > 0 && (
          <p data-testid="pause-terms">{t('pause.activeTerms', { terms: pause.terms.join(', ') })}</p>
        )}
        {!readOnly && (
          <button
            type="button"
            className="ob-primary"
            data-testid="pause-off"
            onClick={() => void send('pause.off', {}).then(answered, failed)}
          >
            {t('pause.switchOff')}
          </button>
        )}
        {errorNote}
        {readOnly && readOnlyNote}
      </>,
    );
  }
  if (readOnly) return frame(false, readOnlyNote);

  const submit = () => {
    const why = reason.trim();
    if (!why) return setError(t('pause.needReason'));
    const at = Date.now();
    // The chosen end is a wall time in the calendar's zone, like "until tomorrow" (not the browser's zone).
    const customMs = custom ? localToUtc(custom, timeZone) : undefined;
    if (duration === 'custom' && !(customMs !== undefined && customMs > at))
      return setError(t('pause.customPast'));
    setError(null);
    void send('pause.on', {
      until: untilFor(duration, at, timeZone, customMs),
      reason: why,
      terms: parseTerms(terms),
    }).then((outcome) => {
      if (!answered(outcome)) return;
      setOpen(false);
      setReason('');
      setTerms('');
    }, failed);
  };

  return frame(
    false,
    <>
      {!open ? (
        <button type="button" data-testid="pause-open" aria-expanded={false} onClick={() => setOpen(true)}>
          {t('pause.switchOn')}
        </button>
      ) : (
        <form
          className="pause-form"
          data-testid="pause-form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label>
            <span>{t('pause.reason')}</span>
            <textarea
              data-testid="pause-reason-input"
              required
              rows={2}
              value={reason}
              placeholder={t('pause.reasonPlaceholder')}
              onChange={(event) => setReason(event.target.value)}
            />
          </label>
          <label>
            <span>{t('pause.duration')}</span>
            <select
              data-testid="pause-duration"
              value={duration}
              onChange={(event) => setDuration(event.target.value as PauseDuration)}
            >
              {PAUSE_DURATIONS.map((d) => (
                <option key={d} value={d}>
                  {t(`pause.duration.${d}`)}
                </option>
              ))}
            </select>
          </label>
          {duration === 'custom' && (
            <label>
              <span>{t('pause.customEnd')}</span>
              <input
                type="datetime-local"
                data-testid="pause-custom-end"
                value={custom}
                onChange={(event) => setCustom(event.target.value)}
              />
            </label>
          )}
          <p className="pause-zone" data-testid="pause-zone">
            {t('pause.zone', { zone: timeZone })}
          </p>
          <label>
            <span>{t('pause.terms')}</span>
            <textarea
              data-testid="pause-terms-input"
              rows={2}
              value={terms}
              onChange={(event) => setTerms(event.target.value)}
            />
          </label>
          {errorNote}
          <button type="submit" className="ob-primary" data-testid="pause-on">
            {t('pause.switchOn')}
          </button>
        </form>
      )}
    </>,
  );
}
