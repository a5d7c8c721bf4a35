import { useMemo, useState } from 'react';
import { STARTER_PACKS, compileKit, type BrandKit, type StarterPackId } from '@/lib/engine';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { platformLabel } from '../templates/labels';
import { buildOnboardingKit, suggestedPacks, type KitLanguage } from '@/lib/kits/onboarding';
import { uiLocale, useT } from '../../shared/i18n';
import { FindingsList } from '../kit/FindingsList';

const LANGUAGES: KitLanguage[] = ['en', 'zh'];
const SAMPLE = {
  en: 'This is the best damn deal ever!!! Email me at jo@example.com',
  zh: '全网第一的产品，靠谱！联系我 13800138000',
};

/** First run: four answers and a live try-out, then the first kit is saved. */
export function Onboarding({ onFinish }: { onFinish: (kit: BrandKit) => Promise<void> }) {
  const t = useT();
  const zh = uiLocale.value === 'zh-CN';
  const [brandName, setBrandName] = useState('');
  const [languages, setLanguages] = useState<KitLanguage[]>(zh ? ['zh'] : ['en']);
  const [platforms, setPlatforms] = useState<PlatformId[]>([]);
  const [packs, setPacks] = useState<StarterPackId[]>(() => suggestedPacks(zh ? ['zh'] : ['en']));
  const [sample, setSample] = useState(zh ? SAMPLE.zh : SAMPLE.en);
  const [saving, setSaving] = useState(false);

  const kit = useMemo(
    () => buildOnboardingKit({ brandName, languages, platforms, packs }),
    [brandName, languages, platforms, packs],
  );
  const checker = useMemo(() => compileKit(kit), [kit]);
  const findings = useMemo(
    () => checker.check(sample, { platform: platforms[0] ?? 'x' }),
    [checker, sample, platforms],
  );
  const toggle = <V,>(list: V[], value: V) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  return (
    <section className="kit-onboarding" data-testid="onboarding">
      <h2>{t('onb.title')}</h2>
      <p className="ob-muted">{t('onb.intro')}</p>
      <ol className="kit-steps">
        <li>
          <label className="ob-field">
            <span>{t('onb.brand')}</span>
            <input
              value={brandName}
              placeholder={t('onb.brandPlaceholder')}
              onChange={(e) => setBrandName(e.target.value)}
              data-testid="onb-brand"
            />
          </label>
        </li>
        <li>
          <fieldset>
            <legend>{t('onb.languages')}</legend>
            {LANGUAGES.map((lang) => (
              <label key={lang} className="kit-check">
                <input
                  type="checkbox"
                  checked={languages.includes(lang)}
                  data-testid={`onb-lang-${lang}`}
                  onChange={() => {
                    const next = toggle(languages, lang);
                    setLanguages(next);
                    setPacks(suggestedPacks(next));
                  }}
                />
                {t(`onb.lang.${lang}`)}
              </label>
            ))}
          </fieldset>
        </li>
        <li>
          <fieldset>
            <legend>{t('onb.platforms')}</legend>
            <div className="kit-row">
              {PLATFORM_IDS.filter((id) => id !== 'generic').map((id) => (
                <label key={id} className="kit-check">
                  <input
                    type="checkbox"
                    checked={platforms.includes(id)}
                    onChange={() => setPlatforms(toggle(platforms, id))}
                    data-testid={`onb-platform-${id}`}
                  />{' '}
                  {t(platformLabel(id))}
                </label>
              ))}
            </div>
          </fieldset>
        </li>
        <li>
          <fieldset>
            <legend>{t('onb.packs')}</legend>
            {STARTER_PACKS.map((pack) => (
              <label key={pack.id} className="kit-check kit-pack">
                <input
                  type="checkbox"
                  checked={packs.includes(pack.id as StarterPackId)}
                  onChange={() => setPacks(toggle(packs, pack.id as StarterPackId))}
                  data-testid={`onb-pack-${pack.id}`}
                />
                <strong>{zh ? pack.name.zh : pack.name.en}</strong>{' '}
                <span className="ob-muted">{zh ? pack.description.zh : pack.description.en}</span>
              </label>
            ))}
          </fieldset>
        </li>
        <li>
          <label className="ob-field">
            <span>{t('onb.try')}</span>
            <textarea
              rows={3}
              value={sample}
              onChange={(e) => setSample(e.target.value)}
              data-testid="onb-sample"
            />
          </label>
          <FindingsList findings={findings} testId="onb-findings" />
        </li>
      </ol>
      <button
        type="button"
        className="ob-primary kit-primary"
        disabled={saving || !brandName.trim()}
        data-testid="onb-finish"
        onClick={async () => {
          setSaving(true);
          await onFinish(kit);
        }}
      >
        {t('onb.finish')}
      </button>
    </section>
  );
}
