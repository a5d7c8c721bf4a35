import { GATE_MODES, type BrandKit, type GateSettings } from '@/lib/engine';
import { useT } from '../../shared/i18n';

/** What the pre-publish gate does with blocking findings; the kit's setting travels with the kit file. */
export function GateEditor({
  kit,
  onChange,
  enforced,
}: {
  kit: BrandKit;
  onChange: (kit: BrandKit) => void;
  enforced?: GateSettings['mode'] | null;
}) {
  const t = useT();
  // An organisation policy's gate mode wins over the kit's: shown, not editable.
  const mode = enforced ?? kit.gate?.mode ?? 'warn';
  return (
    <div role="radiogroup" aria-label={t('kit.section.gate')} className="kit-col">
      {enforced && (
        <p className="kit-managed" data-testid="gate-enforced">
          {t('kit.gate.enforced')}
        </p>
      )}
      {GATE_MODES.map((value) => (
        <label key={value} className="kit-check">
          <input
            type="radio"
            name="gate-mode"
            value={value}
            checked={mode === value}
            disabled={!!enforced}
            onChange={() => onChange({ ...kit, gate: { mode: value } })}
            data-testid={`gate-mode-${value}`}
          />
          <strong>{t(`kit.gate.${value}`)}</strong>{' '}
          <span className="ob-muted">{t(`kit.gate.${value}.help`)}</span>
        </label>
      ))}
    </div>
  );
}
