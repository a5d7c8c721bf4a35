import { useState } from 'react';
import { PLATFORM_FIELDS, parseBrandKit, type BrandKit, type PlatformSettings } from '@/lib/engine';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { findSyntaxError, locatePath } from '@/lib/kits/json-position';
import { jsonSyntaxText } from '@/lib/kits/json-syntax-text';
import { pathParts } from '@/lib/kits/kit-file';
import { uiLocale, useT } from '../../shared/i18n';
import { ListField, NumberField, Select } from './fields';

/**
 * Platform rules: quick fields for limits, disclosure tags and switched-off rules, and the full override
 * (extra terms, patterns, tone, privacy) as JSON, validated with the kit schema before it is applied.
 */
export function PlatformsEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const used = Object.keys(kit.platforms ?? {}) as PlatformId[];
  const [platform, setPlatform] = useState<PlatformId>(used[0] ?? 'x');
  const settings: PlatformSettings = kit.platforms?.[platform] ?? {};
  const set = (next: PlatformSettings) =>
    onChange({ ...kit, platforms: { ...kit.platforms, [platform]: next } });
  const patch = (p: Partial<PlatformSettings>) => set({ ...settings, ...p });
  const [json, setJson] = useState<{ platform: PlatformId; text: string } | null>(null);
  const [jsonError, setJsonError] = useState('');
  const jsonText = json?.platform === platform ? json.text : JSON.stringify(settings, null, 2);

  const applyJson = () => {
    let value: unknown;
    try {
      value = JSON.parse(jsonText);
    } catch (error) {
      // Our scanner's reason and position, in the UI language; the engine's English only if it finds nothing.
      const syntax = findSyntaxError(jsonText);
      return setJsonError(syntax ? jsonSyntaxText(uiLocale.value, syntax) : (error as Error).message);
    }
    const candidate = { ...kit, platforms: { ...kit.platforms, [platform]: value } };
    const parsed = parseBrandKit(candidate);
    if (!parsed.ok) {
      const prefix = `platforms.${platform}`;
      const first = parsed.errors[0];
      const inner = first.path.startsWith(prefix) ? pathParts(first.path).slice(2) : [];
      const { line } = locatePath(jsonText, inner);
      return setJsonError(t('kit.platform.jsonError', { path: first.path, line, message: first.message }));
    }
    setJsonError('');
    setJson(null);
    onChange(parsed.kit);
  };

  return (
    <div>
      <Select
        label={t('kit.platform.choose')}
        value={platform}
        options={PLATFORM_IDS.map((value) => ({
          value,
          label: `${value}${used.includes(value) ? ' •' : ''}`,
        }))}
        onChange={(value) => {
          setPlatform(value);
          setJsonError('');
        }}
        testId="platform-select"
      />
      <div className="kit-grid" key={platform}>
        {Object.keys(PLATFORM_FIELDS[platform]).map((field) => (
          <NumberField
            key={field}
            label={t('kit.platform.maxLength', { field, max: PLATFORM_FIELDS[platform][field].max })}
            value={settings.maxLength?.[field]}
            min={1}
            onChange={(value) => {
              const maxLength = { ...settings.maxLength };
              if (value === undefined || value < 1) delete maxLength[field];
              else maxLength[field] = value;
              patch({ maxLength });
            }}
            testId={`platform-max-${field}`}
          />
        ))}
        <NumberField
          label={t('kit.platform.maxHashtags')}
          value={settings.maxHashtags}
          onChange={(maxHashtags) => patch({ maxHashtags })}
          testId="platform-max-hashtags"
        />
        <NumberField
          label={t('kit.platform.maxMentions')}
          value={settings.maxMentions}
          onChange={(maxMentions) => patch({ maxMentions })}
          testId="platform-max-mentions"
        />
        <ListField
          label={t('kit.platform.disclosure')}
          value={settings.disclosureTags}
          onChange={(disclosureTags) =>
            patch({ disclosureTags: disclosureTags.length ? disclosureTags : undefined })
          }
          testId="platform-disclosure"
        />
        <ListField
          label={t('kit.platform.disabled')}
          value={settings.disabledRules}
          onChange={(disabledRules) =>
            patch({ disabledRules: disabledRules.length ? disabledRules : undefined })
          }
          testId="platform-disabled"
        />
      </div>
      <label className="ob-field">
        <span>{t('kit.platform.json')}</span>
        <textarea
          className="kit-mono"
          rows={8}
          value={jsonText}
          onChange={(e) => setJson({ platform, text: e.target.value })}
          data-testid="platform-json"
        />
      </label>
      {jsonError && (
        <p className="kit-error" role="alert" data-testid="platform-json-error">
          {jsonError}
        </p>
      )}
      <button
        type="button"
        onClick={applyJson}
        disabled={json?.platform !== platform}
        data-testid="platform-json-apply"
      >
        {t('kit.platform.applyJson')}
      </button>
    </div>
  );
}
