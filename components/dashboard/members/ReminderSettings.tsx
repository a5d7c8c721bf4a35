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
  useEffect(() => {
    void send('community.reminders.prefs.get', {}).then(setPrefs);
  }, []);
  if (!prefs) return null;
  const change = (patch: Partial<ReminderPrefs>) => {
    setSaved(false);
    setPrefs({ ...prefs, ...patch });
  };
  const save = async () => {
    setPrefs(await send('community.reminders.prefs.set', prefs));
    setSaved(true);
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
      </form>
    </details>
  );
}
