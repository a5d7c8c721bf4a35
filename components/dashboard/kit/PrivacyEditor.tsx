import { useState } from 'react';
import type { BrandKit, PrivacySettings } from '@/lib/engine';
import { useT } from '../../shared/i18n';
import { Check, TextField } from './fields';
import { PatternInput, patternProblem } from './PatternInput';

type Custom = NonNullable<PrivacySettings['custom']>[number];
const labelText = (label: Custom['label']) =>
  typeof label === 'string' ? label : (label.en ?? label.zh ?? '');

export function PrivacyEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const privacy = kit.privacy ?? {};
  const set = (patch: Partial<PrivacySettings>) => onChange({ ...kit, privacy: { ...privacy, ...patch } });
  const custom = privacy.custom ?? [];
  const [draft, setDraft] = useState({ id: '', label: '', pattern: '' });
  const switches = ['email', 'phone', 'cnId', 'bankCard'] as const;
  return (
    <div>
      <div className="kit-row">
        {switches.map((key) => (
          // Detectors are on unless switched off (undefined = on).
          <Check
            key={key}
            label={t(`kit.privacy.${key}`)}
            checked={privacy[key] !== false}
            onChange={(on) => set({ [key]: on })}
            testId={`privacy-${key}`}
          />
        ))}
      </div>
      <ul className="kit-plain">
        {custom.map((detector, i) => (
          <li key={detector.id} className="kit-card" data-testid={`privacy-custom-${i}`}>
            <strong>{detector.id}</strong> · {labelText(detector.label)}
            <PatternInput
              label={t('kit.pattern.pattern')}
              value={detector.pattern}
              caseInsensitive={false}
              testId={`privacy-custom-${i}-input`}
              onValid={(pattern) => set({ custom: custom.map((d, j) => (j === i ? { ...d, pattern } : d)) })}
            />
            <button
              type="button"
              className="kit-danger"
              data-testid={`privacy-custom-${i}-delete`}
              onClick={() => set({ custom: custom.filter((_, j) => j !== i) })}
            >
              {t('kit.delete')}
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="kit-card">
        <legend>{t('kit.privacy.newDetector')}</legend>
        <div className="kit-grid">
          <TextField
            label={t('kit.pattern.id')}
            value={draft.id}
            onChange={(id) => setDraft({ ...draft, id })}
            testId="privacy-new-id"
          />
          <TextField
            label={t('kit.privacy.label')}
            value={draft.label}
            onChange={(label) => setDraft({ ...draft, label })}
            testId="privacy-new-label"
          />
          <PatternInput
            key={custom.length}
            label={t('kit.pattern.pattern')}
            value=""
            caseInsensitive={false}
            testId="privacy-new-input"
            onValid={() => undefined}
            onText={(pattern) => setDraft((d) => ({ ...d, pattern }))}
          />
        </div>
        <button
          type="button"
          data-testid="privacy-add"
          disabled={
            !draft.id.trim() ||
            !draft.label.trim() ||
            custom.some((d) => d.id === draft.id.trim()) ||
            patternProblem(draft.pattern, false)
          }
          onClick={() => {
            set({
              custom: [...custom, { id: draft.id.trim(), label: draft.label.trim(), pattern: draft.pattern }],
            });
            setDraft({ id: '', label: '', pattern: '' });
          }}
        >
          {t('kit.add')}
        </button>
      </fieldset>
    </div>
  );
}
