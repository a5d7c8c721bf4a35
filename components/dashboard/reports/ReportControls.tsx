import type { MessageKey } from '@/lib/i18n';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { useT } from '../../shared/i18n';
import { platformLabel } from './format';
import { localDay, PERIOD_PRESETS, type PeriodChoice } from './period-choice';
import type { ReportRequest } from './useReport';

export const RESPONSE_TARGETS_MIN = [15, 30, 60, 240, 1440] as const;

/** Period, platforms and reply target: what the report is computed for. */
export function ReportControls(props: { request: ReportRequest; onChange(next: ReportRequest): void }) {
  const t = useT();
  const { choice, platforms, responseTargetMs } = props.request;
  const set = (patch: Partial<ReportRequest>) => props.onChange({ ...props.request, ...patch });
  const today = localDay(Date.now());
  const custom = choice.preset === 'custom' ? choice : undefined;

  const onPeriod = (value: string) => {
    if (value === 'custom') {
      const from = new Date();
      from.setDate(from.getDate() - 29);
      set({ choice: { preset: 'custom', fromDay: localDay(from.getTime()), toDay: today } });
    } else set({ choice: { preset: Number(value) as (typeof PERIOD_PRESETS)[number] } });
  };
  const togglePlatform = (platform: PlatformId, on: boolean) =>
    set({ platforms: on ? [...platforms, platform].sort() : platforms.filter((p) => p !== platform) });
  const setCustom = (patch: Partial<Extract<PeriodChoice, { preset: 'custom' }>>) => custom && set({ choice: { ...custom, ...patch } });

  return (
    <div className="rep-controls rep-noprint">
      <label className="ob-field">
        <span>{t('reports.period')}</span>
        <select data-testid="report-period" value={String(choice.preset)} onChange={(e) => onPeriod(e.target.value)}>
          {PERIOD_PRESETS.map((days) => (
            <option key={days} value={days}>{t(`reports.period.${days}` as MessageKey)}</option>
          ))}
          <option value="custom">{t('reports.period.custom')}</option>
        </select>
      </label>
      {custom && (
        <>
          <label className="ob-field">
            <span>{t('reports.period.from')}</span>
            <input type="date" data-testid="report-from" value={custom.fromDay} max={today} onChange={(e) => e.target.value && setCustom({ fromDay: e.target.value })} />
          </label>
          <label className="ob-field">
            <span>{t('reports.period.to')}</span>
            <input type="date" data-testid="report-to" value={custom.toDay} max={today} onChange={(e) => e.target.value && setCustom({ toDay: e.target.value })} />
          </label>
        </>
      )}
      <label className="ob-field">
        <span>{t('reports.target')}</span>
        <select data-testid="report-target" value={responseTargetMs} onChange={(e) => set({ responseTargetMs: Number(e.target.value) })}>
          {RESPONSE_TARGETS_MIN.map((m) => (
            <option key={m} value={m * 60_000}>{m < 60 ? t('reports.target.minutes', { n: m }) : t('reports.target.hours', { n: m / 60 })}</option>
          ))}
        </select>
      </label>
      <fieldset className="rep-platforms" data-testid="report-platforms">
        <legend>{t('reports.platforms')}</legend>
        <label>
          <input type="checkbox" data-testid="platforms-all" checked={platforms.length === 0} onChange={() => set({ platforms: [] })} />
          {t('reports.platforms.all')}
        </label>
        {PLATFORM_IDS.map((p) => (
          <label key={p}>
            <input type="checkbox" data-testid={`platform-${p}`} checked={platforms.includes(p)} onChange={(e) => togglePlatform(p, e.target.checked)} />
            {platformLabel(t, p)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
