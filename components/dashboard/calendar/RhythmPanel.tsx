import { useState } from 'react';
import {
  deleteRhythmRule,
  newId,
  RHYTHM_PERIODS,
  RHYTHM_PRESETS,
  upsertRhythmRule,
  type Calendar,
  type RhythmPeriod,
  type RhythmRule,
} from '@/lib/calendar';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { useT } from '../../shared/i18n';

/** Per-platform posting limits; the grid warns when the plan breaks them, the popup when the day's posts do. */
export function RhythmPanel({
  calendar,
  onSave,
}: {
  calendar: Calendar;
  onSave(change: (c: Calendar) => Calendar): Promise<boolean>;
}) {
  const t = useT();
  const [preset, setPreset] = useState('custom');
  const [custom, setCustom] = useState<{ platform: PlatformId; max: number; period: RhythmPeriod }>({
    platform: 'x',
    max: 3,
    period: 'day',
  });
  const describe = (r: Pick<RhythmRule, 'platform' | 'max' | 'period'>) =>
    t('calendar.rhythm.rule', {
      platform: t(`platform.${r.platform}`),
      max: r.max,
      period: t(`calendar.rhythm.period.${r.period}`),
    });
  const add = () => {
    const chosen = RHYTHM_PRESETS.find((p) => p.presetId === preset);
    const rule: RhythmRule = chosen
      ? {
          id: newId(),
          platform: chosen.platform,
          max: chosen.max,
          period: chosen.period,
          ...(chosen.contentTypes ? { contentTypes: chosen.contentTypes } : {}),
        }
      : { id: newId(), ...custom };
    void onSave((c) => upsertRhythmRule(c, rule));
  };
  return (
    <section className="cal-panel" data-testid="cal-rhythm">
      <h3>{t('calendar.dash.rhythmTitle')}</h3>
      {calendar.rhythmRules.length === 0 && <p className="ob-muted">{t('calendar.dash.rhythmNone')}</p>}
      <ul className="cal-list">
        {calendar.rhythmRules.map((r) => (
          <li key={r.id} data-testid="cal-rhythm-rule">
            {describe(r)}
            {r.contentTypes?.length
              ? ` (${r.contentTypes.map((c) => t(`calendar.contentType.${c}`)).join(', ')})`
              : ''}
            <button
              type="button"
              data-testid="cal-rhythm-delete"
              onClick={() => void onSave((c) => deleteRhythmRule(c, r.id))}
            >
              {t('calendar.action.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="cal-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <select
          aria-label={t('calendar.dash.rhythmPreset')}
          data-testid="cal-rhythm-preset"
          value={preset}
          onChange={(e) => setPreset(e.target.value)}
        >
          <option value="custom">{t('calendar.dash.rhythmCustom')}</option>
          {RHYTHM_PRESETS.map((p) => (
            <option key={p.presetId} value={p.presetId}>
              {describe(p)}
            </option>
          ))}
        </select>
        {preset === 'custom' && (
          <>
            <select
              aria-label={t('calendar.field.platform')}
              data-testid="cal-rhythm-platform"
              value={custom.platform}
              onChange={(e) => setCustom({ ...custom, platform: e.target.value as PlatformId })}
            >
              {PLATFORM_IDS.map((p) => (
                <option key={p} value={p}>
                  {t(`platform.${p}`)}
                </option>
              ))}
            </select>
            <label>
              {t('calendar.dash.rhythmMax')}{' '}
              <input
                type="number"
                min={0}
                className="cal-narrow"
                data-testid="cal-rhythm-max"
                value={custom.max}
                onChange={(e) => setCustom({ ...custom, max: Math.max(0, Number(e.target.value) || 0) })}
              />
            </label>
            <label>
              {t('calendar.dash.rhythmPeriod')}{' '}
              <select
                data-testid="cal-rhythm-period"
                value={custom.period}
                onChange={(e) => setCustom({ ...custom, period: e.target.value as RhythmPeriod })}
              >
                {RHYTHM_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t(`calendar.rhythm.period.${p}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <button type="submit" data-testid="cal-rhythm-add">
          {t('calendar.dash.rhythmAdd')}
        </button>
      </form>
    </section>
  );
}
