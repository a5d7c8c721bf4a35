import { useMemo, useState } from 'react';
import { compileKit, type BrandKit, type ToneProfile } from '@/lib/engine';
import { useT } from '../../shared/i18n';
import { ListField, NumberField, Select } from './fields';

const weightsText = (words: Record<string, number> | undefined) =>
  Object.entries(words ?? {})
    .map(([w, n]) => `${w}=${n}`)
    .join('\n');
function parseWeights(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^(.+?)\s*=\s*(-?\d+(?:\.\d+)?)\s*$/.exec(line.trim());
    if (match) out[match[1]] = Math.max(-4, Math.min(4, Number(match[2])));
  }
  return out;
}

/** Tone targets, with a sample draft showing the reading the assistant would give. */
export function ToneEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const tone = kit.tone ?? {};
  const set = (patch: Partial<ToneProfile>) => onChange({ ...kit, tone: { ...tone, ...patch } });
  const [weights, setWeights] = useState(() => weightsText(tone.sentimentWords));
  const [sample, setSample] = useState(
    'Thanks so much for waiting!! We are SO sorry, maybe we can fix this today.',
  );
  const reading = useMemo(() => {
    try {
      return compileKit(kit).analyze(sample, { platform: 'x', lists: ['tone'] });
    } catch {
      return null;
    }
  }, [kit, sample]);
  return (
    <div>
      <div className="kit-grid">
        <NumberField
          label={t('kit.tone.maxExclamations')}
          value={tone.maxExclamations}
          onChange={(maxExclamations) => set({ maxExclamations })}
          testId="tone-max-exclamations"
        />
        <NumberField
          label={t('kit.tone.maxAllCaps')}
          value={tone.maxAllCapsWords}
          onChange={(maxAllCapsWords) => set({ maxAllCapsWords })}
          testId="tone-max-caps"
        />
        <NumberField
          label={t('kit.tone.maxEmoji')}
          value={tone.maxEmojiPerSentence}
          onChange={(maxEmojiPerSentence) => set({ maxEmojiPerSentence })}
          testId="tone-max-emoji"
        />
        <NumberField
          label={t('kit.tone.maxHedges')}
          value={tone.maxHedges}
          onChange={(maxHedges) => set({ maxHedges })}
          testId="tone-max-hedges"
        />
        <NumberField
          label={t('kit.tone.sentimentFloor')}
          value={tone.sentimentFloor}
          min={-1}
          max={1}
          step={0.1}
          onChange={(sentimentFloor) => set({ sentimentFloor })}
          testId="tone-floor"
        />
        <Select
          label={t('kit.tone.formality')}
          value={tone.formality ?? 'neutral'}
          options={(['formal', 'neutral', 'casual'] as const).map((value) => ({
            value,
            label: t(`kit.tone.formality.${value}`),
          }))}
          onChange={(formality) => set({ formality })}
          testId="tone-formality"
        />
        <ListField
          label={t('kit.tone.aggressive')}
          value={tone.aggressiveWords}
          onChange={(aggressiveWords) => set({ aggressiveWords })}
          testId="tone-aggressive"
        />
        <ListField
          label={t('kit.tone.blame')}
          value={tone.blamePhrases}
          onChange={(blamePhrases) => set({ blamePhrases })}
          testId="tone-blame"
        />
        <ListField
          label={t('kit.tone.slang')}
          value={tone.slang}
          onChange={(slang) => set({ slang })}
          testId="tone-slang"
        />
        <ListField
          label={t('kit.tone.hedges')}
          value={tone.hedges}
          onChange={(hedges) => set({ hedges })}
          testId="tone-hedges"
        />
        <label className="ob-field">
          <span>{t('kit.tone.weights')}</span>
          <textarea
            rows={4}
            value={weights}
            data-testid="tone-weights"
            onChange={(e) => {
              setWeights(e.target.value);
              set({ sentimentWords: parseWeights(e.target.value) });
            }}
          />
        </label>
      </div>
      <label className="ob-field">
        <span>{t('kit.tone.sample')}</span>
        <textarea
          rows={3}
          value={sample}
          onChange={(e) => setSample(e.target.value)}
          data-testid="tone-sample"
        />
      </label>
      {reading && (
        <p data-testid="tone-reading" data-label={reading.tone.label}>
          {t('kit.tone.reading', {
            label: t(`kit.tone.label.${reading.tone.label}`),
            score: reading.tone.score.toFixed(2),
            exclamations: reading.tone.exclamations,
            caps: reading.tone.allCapsWords,
            hedges: reading.tone.hedges,
            findings: reading.findings.length,
          })}
        </p>
      )}
    </div>
  );
}
