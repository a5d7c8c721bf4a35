import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { ReminderPrefs } from '@/lib/community/reminders/prefs';
import { useT } from '../../shared/i18n';

// The community reminders' switches (welcome, birthdays, holidays), how many days before a holiday, and the
// morning check's hour. Saved as a whole; the worker sets its morning alarm again when they change.

export function ReminderSettings() {
  const t = useT();
  const [prefs, setPrefs] = useState<ReminderPrefs | null>(null);
  const [saved, setSaved] = useState(false);
  // A worker that cannot answer (its storage failing) is said here, never left as an unhandled rejection.
  const [failure, setFailure] = useState<'loadFailed' | 'saveFailed' | null>(null);
  const failed = (which: 'loadFailed' | 'saveFailed') => (error: unknown) => {
    console.warn('Onbrand: reminder settings', error);
    setFailure(which);
  };
  useEffect(() => {
    void send('community.reminders.prefs.get', {}).then(setPrefs, failed('loadFailed'));
  }, []);
  const problem = failure && (
    <p role="alert" data-testid="reminders-error">
      {t(`reminders.settings.${failure}`)}
    </p>
  );
  if (!prefs) return problem;
  const change = (patch: Partial<ReminderPrefs>) => {
    setSaved(false);
    setPrefs({ ...prefs, ...patch });
  };
  const save = async () => {
    setFailure(null);
    try {
      setPrefs(await send('community.reminders.prefs.set', prefs));
      setSaved(true);
    } catch (error) {
      failed('saveFailed')(error);
    }
  };
  const number = (key: 'holidayDaysBefore' | 'hour', max: number) => (
    <label style={{ marginInlineEnd: 12 }}>
      {t(key === 'hour' ? 'reminders.settings.hour' : 'reminders.settings.daysBefore')}{' '}
      <input
        type="number"
        min={0}
        max={max}
        step={1}
        style={{ width: 60 }}
        data-testid={`reminders-${key}`}
        value={prefs[key]}
        onChange={(e) =>
          change({ [key]: Math.min(max, Math.max(0, Math.trunc(Number(e.target.value) || 0))) })
        }
      />
    </label>
  );
  return (
    <details data-testid="reminder-settings">
      <summary data-testid="reminder-settings-open">{t('reminders.settings.title')}</summary>
      <form
        noValidate
        aria-label={t('reminders.settings.title')}
        onSubmit={(e) => (e.preventDefault(), void save())}
      >
        <p className="ob-muted">{t('reminders.settings.intro')}</p>
        {(['welcome', 'birthday', 'holidays'] as const).map((kind) => (
          <label key={kind} style={{ display: 'block' }}>
            <input
              type="checkbox"
              data-testid={`reminders-${kind}`}
              checked={prefs[kind]}
              onChange={(e) => change({ [kind]: e.target.checked })}
            />{' '}
            {t(`reminders.settings.${kind}`)}
          </label>
        ))}
        {number('holidayDaysBefore', 14)}
        {number('hour', 23)}
        <button type="submit" data-testid="reminders-save">
          {t('care.save')}
        </button>
        {saved && (
          <p role="status" data-testid="reminders-saved">
            {t('reminders.settings.saved')}
          </p>
        )}
        {problem}
      </form>
    </details>
  );
}
