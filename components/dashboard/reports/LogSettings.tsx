import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { RecordPrefs } from '@/lib/records/prefs';
import { useT } from '../../shared/i18n';

const RETENTION_MONTHS = [1, 3, 6, 12, 24, 36, 60] as const;

type Status = { ok: boolean; text: string } | null;

/**
 * The activity log's own settings: retention (N months or forever), masking of personal data (on by default,
 * opt-out) and "delete everything" behind a confirmation that names how many records go.
 */
export function LogSettings(props: { total: number | null; onChanged(): void }) {
  const t = useT();
  const [prefs, setPrefs] = useState<RecordPrefs | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => void send('records.prefs.get', {}).then(setPrefs, () => undefined), []);

  const fail = (error: unknown) => setStatus({ ok: false, text: error instanceof Error ? error.message : String(error) });
  const save = async (patch: Partial<RecordPrefs>) => {
    const before = prefs;
    // Shown at once; put back if the background refuses.
    if (before) setPrefs({ ...before, ...patch });
    try {
      const { prefs: next, pruned } = await send('records.prefs.set', patch);
      setPrefs(next);
      setStatus({ ok: true, text: pruned > 0 ? t('records.retention.pruned', { count: pruned }) : t('records.settings.saved') });
      if (pruned > 0) props.onChanged();
    } catch (error) {
      setPrefs(before);
      fail(error);
    }
  };
  const deleteAll = async () => {
    try {
      await send('records.deleteAll', { confirm: true });
      setConfirming(false);
      setStatus({ ok: true, text: t('records.deleteAll.done') });
      props.onChanged();
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="rep-section rep-noprint" data-testid="log-settings" aria-labelledby="rep-log-settings">
      <h3 id="rep-log-settings">{t('records.settings.title')}</h3>
      {prefs && (
        <>
          <label className="ob-field rep-inline">
            <span>{t('records.retention.label')}</span>
            <select
              data-testid="records-retention"
              value={prefs.retentionMonths === null ? 'forever' : String(prefs.retentionMonths)}
              onChange={(e) => void save({ retentionMonths: e.target.value === 'forever' ? null : Number(e.target.value) })}
            >
              <option value="forever">{t('records.retention.forever')}</option>
              {RETENTION_MONTHS.map((m) => (
                <option key={m} value={m}>{t('records.retention.months', { months: m })}</option>
              ))}
            </select>
          </label>
          <label className="rep-check">
            <input type="checkbox" data-testid="records-mask" checked={prefs.maskPersonalData} onChange={(e) => void save({ maskPersonalData: e.target.checked })} />
            <span>
              {t('records.privacy.mask')}
              <br />
              <small className="ob-muted">{t('records.privacy.maskHint')}</small>
            </span>
          </label>
        </>
      )}
      {confirming ? (
        <div className="rep-confirm" role="alertdialog" aria-labelledby="rep-delete-question" data-testid="records-delete-dialog">
          <p id="rep-delete-question">{t('records.deleteAll.confirm', { count: props.total ?? 0 })}</p>
          <button type="button" className="rep-danger" data-testid="records-delete-confirm" onClick={() => void deleteAll()}>{t('records.deleteAll.yes')}</button>{' '}
          <button type="button" data-testid="records-delete-cancel" autoFocus onClick={() => setConfirming(false)}>{t('records.deleteAll.cancel')}</button>
        </div>
      ) : (
        <button type="button" className="rep-danger" data-testid="records-delete-all" onClick={() => setConfirming(true)}>{t('records.deleteAll')}</button>
      )}
      {status && <p role="status" data-testid="records-settings-status" className={status.ok ? 'rep-ok' : 'rep-error'}>{status.text}</p>}
    </section>
  );
}
