import { GATE_MODES, type BrandKit } from '@/lib/engine';
import { useT } from '../../shared/i18n';

/** What the pre-publish gate does with blocking findings; the kit's setting travels with the kit file. */
export function GateEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const mode = kit.gate?.mode ?? 'warn';
  return (
    <div role="radiogroup" aria-label={t('kit.section.gate')} className="kit-col">
      {GATE_MODES.map((value) => (
        <label key={value} className="kit-check">
          <input type="radio" name="gate-mode" value={value} checked={mode === value} onChange={() => onChange({ ...kit, gate: { mode: value } })} data-testid={`gate-mode-${value}`} />
          <strong>{t(`kit.gate.${value}`)}</strong> <span className="ob-muted">{t(`kit.gate.${value}.help`)}</span>
        </label>
      ))}
    </div>
  );
}
