import { useId, useState } from 'react';
import { formatInstant } from '@/lib/i18n/format';
import { parseTerms, PAUSE_DURATIONS, pauseEnd, untilFor, type PauseDuration } from '@/lib/pause/pause';
import { send } from '@/lib/messaging/client';
import { STEERING_ROLES } from '@/lib/team/roles';
import { useActivePause } from './useActivePause';
import { useTeamRole } from './useTeamRole';
import { useIntlLocale, useT } from './i18n';

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The crisis pause's switch (popup, dashboard, and offered beside the reports' crisis signal): on with a reason,
 * a duration and optional topic terms; off in one click. In a team only the roles that steer publishing switch it
 * (lib/team/policy.ts): any other role, or `readOnly`, sees the pause in force without the controls, and why.
 */
export function PauseSwitch({
  offer = false,
  readOnly: readOnlyProp = false,
  timeZone = localZone(),
}: {
  /** The crisis signal fired: the switch says so and opens its form at once. */
  offer?: boolean;
  readOnly?: boolean;
  timeZone?: string;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const id = useId();
  // A timed pause runs out while the page stays open: the hook re-renders then, showing the switch off.
  const pause = useActivePause();
  const role = useTeamRole();
  const readOnly = readOnlyProp || (role !== null && !STEERING_ROLES.includes(role));
  const readOnlyNote = (
    <p data-testid="pause-read-only">{t('pause.readOnly', { role: t(`team.role.${role ?? 'member'}`) })}</p>
  );
  const [open, setOpen] = useState(offer);
  const [reason, setReason] = useState('');
  const [duration, setDuration] = useState<PauseDuration>('off');
  const [custom, setCustom] = useState('');
  const [terms, setTerms] = useState('');
  const [error, setError] = useState<string | null>(null);
  const when = (ms: number) => formatInstant(locale, ms, timeZone);
  const explainFailure = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  // Offered beside the crisis signal only while no pause is in force (the dashboard's own switch shows that one).
  if (pause && offer) return null;
  if (pause) {
    const end = pauseEnd(pause);
    return (
      <section
        className="pause-switch pause-on"
        data-testid="pause-switch"
        data-paused="true"
        aria-labelledby={id}
      >
        <h2 id={id}>{t('pause.title')}</h2>
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
            onClick={() =>
              void send('pause.off', {}).then((r) => setError(r.ok ? null : r.reason), explainFailure)
            }
          >
            {t('pause.switchOff')}
          </button>
        )}
        {readOnly && readOnlyNote}
        {error && (
          <p role="alert" className="pause-error" data-testid="pause-error">
            {error}
          </p>
        )}
      </section>
    );
  }
  if (readOnly)
    return (
      <section className="pause-switch" data-testid="pause-switch" data-paused="false" aria-labelledby={id}>
        <h2 id={id}>{t('pause.title')}</h2>
        {readOnlyNote}
      </section>
    );

  const submit = () => {
    const why = reason.trim();
    if (!why) return setError(t('pause.needReason'));
    const at = Date.now();
    const customMs = custom ? new Date(custom).getTime() : undefined;
    if (duration === 'custom' && !(customMs !== undefined && customMs > at))
      return setError(t('pause.customPast'));
    setError(null);
    void send('pause.on', {
      until: untilFor(duration, at, timeZone, customMs),
      reason: why,
      terms: parseTerms(terms),
    }).then((r) => {
      if (!r.ok) return setError(r.reason);
      setOpen(false);
      setReason('');
      setTerms('');
    }, explainFailure);
  };

  return (
    <section className="pause-switch" data-testid="pause-switch" data-paused="false" aria-labelledby={id}>
      <h2 id={id}>{t('pause.title')}</h2>
      {offer && (
        <p role="alert" data-testid="pause-offer">
          {t('pause.signalOffer')}
        </p>
      )}
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
          <label>
            <span>{t('pause.terms')}</span>
            <textarea
              data-testid="pause-terms-input"
              rows={2}
              value={terms}
              onChange={(event) => setTerms(event.target.value)}
            />
          </label>
          {error && (
            <p role="alert" className="pause-error" data-testid="pause-error">
              {error}
            </p>
          )}
          <button type="submit" className="ob-primary" data-testid="pause-on">
            {t('pause.switchOn')}
          </button>
        </form>
      )}
    </section>
  );
}
