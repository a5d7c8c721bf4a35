import type { Calendar } from '@/lib/calendar';
import { useT } from '../../shared/i18n';
import { TimeZonePicker } from './TimeZonePicker';

/** The match window (plan versus actual and missed slots), the reminder lead and the zone days are shown in. */
export function SettingsPanel({
  calendar,
  onSave,
}: {
  calendar: Calendar;
  onSave(change: (c: Calendar) => Calendar): Promise<boolean>;
}) {
  const t = useT();
  const { settings } = calendar;
  const setNumber = (
    key: 'matchWindowMinutes' | 'reminderMinutes',
    value: string,
    min: number,
    max: number,
  ) => {
    const n = Math.round(Number(value));
    if (!Number.isFinite(n) || n < min || n > max || n === settings[key]) return;
    void onSave((c) => ({ ...c, settings: { ...c.settings, [key]: n } }));
  };
  return (
    <section className="cal-panel" data-testid="cal-settings">
      <h3>{t('calendar.dash.settingsTitle')}</h3>
      <div className="cal-form-grid">
        <label className="ob-field">
          <span>{t('calendar.dash.matchWindow')}</span>
          <input
            type="number"
            min={1}
            max={4320}
            data-testid="cal-setting-window"
            defaultValue={settings.matchWindowMinutes}
            key={`w${settings.matchWindowMinutes}`}
            onBlur={(e) => setNumber('matchWindowMinutes', e.target.value, 1, 4320)}
          />
        </label>
        <label className="ob-field">
          <span>{t('calendar.dash.reminderMinutes')}</span>
          <input
            type="number"
            min={0}
            max={1440}
            data-testid="cal-setting-reminder"
            defaultValue={settings.reminderMinutes}
            key={`r${settings.reminderMinutes}`}
            onBlur={(e) => setNumber('reminderMinutes', e.target.value, 0, 1440)}
          />
        </label>
        <label className="ob-field">
          <span>{t('calendar.field.timeZone')}</span>
          <TimeZonePicker
            testId="cal-setting-zone"
            value={settings.timeZone}
            onChange={(zone) => void onSave((c) => ({ ...c, settings: { ...c.settings, timeZone: zone } }))}
          />
        </label>
      </div>
    </section>
  );
}
