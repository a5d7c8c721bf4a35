import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { DEFAULT_RESPONSE_TARGETS_MS } from '@/lib/community/targets';
import { parseThresholds, type SegmentThresholds } from '@/lib/community/members/segments';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { useT } from '../../shared/i18n';
import { platformLabel } from '../reports/format';
import { readThresholds } from './member-source';

// Community care's settings: the response target per platform (minutes) and the activity segments' thresholds
// (days). Each form checks its numbers before saving and says what is wrong; nothing is saved half-way.

const MIN = 60_000;
const MAX_TARGET_MIN = 30 * 24 * 60;

export function CareSettings(props: { onSaved(): void }) {
  const t = useT();
  const [targets, setTargets] = useState<Record<string, string>>({});
  const [limits, setLimits] = useState<Record<keyof SegmentThresholds, string> | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void send('community.prefs.get', {}).then(({ targets: stored }) =>
      setTargets(
        Object.fromEntries(
          PLATFORM_IDS.map((id) => [id, String((stored[id] ?? DEFAULT_RESPONSE_TARGETS_MS[id]) / MIN)]),
        ),
      ),
    );
    // Straight from storage: asking for a page of members only to learn them competed with the tab's first page.
    void readThresholds().then((thresholds) =>
      setLimits({
        newDays: String(thresholds.newDays),
        activeDays: String(thresholds.activeDays),
        silentDays: String(thresholds.silentDays),
      }),
    );
  }, []);

  const saveTargets = async () => {
    const parsed: Partial<Record<PlatformId, number>> = {};
    for (const id of PLATFORM_IDS) {
      const minutes = Number(targets[id]);
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TARGET_MIN)
        return setStatus({
          ok: false,
          text: t('care.targets.invalid', { platform: platformLabel(t, id), max: MAX_TARGET_MIN }),
        });
      parsed[id] = minutes * MIN;
    }
    await send('community.prefs.set', { targets: parsed });
    setStatus({ ok: true, text: t('care.saved') });
    props.onSaved();
  };

  const saveLimits = async () => {
    if (!limits) return;
    const numbers = {
      newDays: Number(limits.newDays),
      activeDays: Number(limits.activeDays),
      silentDays: Number(limits.silentDays),
    };
    const parsed = parseThresholds(numbers);
    if (
      parsed.newDays !== numbers.newDays ||
      parsed.activeDays !== numbers.activeDays ||
      parsed.silentDays !== numbers.silentDays
    )
      return setStatus({ ok: false, text: t('care.segments.invalid') });
    await send('community.members.thresholds', numbers);
    setStatus({ ok: true, text: t('care.saved') });
    props.onSaved();
  };

  return (
    <details data-testid="care-settings">
      <summary data-testid="care-settings-open">{t('care.settings')}</summary>
      <form
        data-testid="care-targets"
        noValidate
        onSubmit={(e) => (e.preventDefault(), void saveTargets())}
        aria-label={t('care.targets.title')}
      >
        <h3>{t('care.targets.title')}</h3>
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 6 }}
        >
          {PLATFORM_IDS.map((id) => (
            <label key={id}>
              {platformLabel(t, id)}{' '}
              <input
                type="number"
                min={1}
                max={MAX_TARGET_MIN}
                step={1}
                style={{ width: 80 }}
                data-testid={`care-target-${id}`}
                value={targets[id] ?? ''}
                onChange={(e) => setTargets((old) => ({ ...old, [id]: e.target.value }))}
              />{' '}
              {t('care.minutes')}
            </label>
          ))}
        </div>
        <button type="submit" data-testid="care-targets-save">
          {t('care.save')}
        </button>
      </form>
      {limits && (
        <form
          data-testid="care-segments"
          noValidate
          onSubmit={(e) => (e.preventDefault(), void saveLimits())}
          aria-label={t('care.segments.title')}
        >
          <h3>{t('care.segments.title')}</h3>
          {(['newDays', 'activeDays', 'silentDays'] as const).map((key) => (
            <label key={key} style={{ marginInlineEnd: 12 }}>
              {t(`care.segments.${key}`)}{' '}
              <input
                type="number"
                min={1}
                max={3650}
                step={1}
                style={{ width: 70 }}
                data-testid={`care-${key}`}
                value={limits[key]}
                onChange={(e) => setLimits({ ...limits, [key]: e.target.value })}
              />
            </label>
          ))}
          <button type="submit" data-testid="care-segments-save">
            {t('care.save')}
          </button>
        </form>
      )}
      {status && (
        <p role={status.ok ? 'status' : 'alert'} data-testid="care-status" data-ok={status.ok}>
          {status.text}
        </p>
      )}
    </details>
  );
}
