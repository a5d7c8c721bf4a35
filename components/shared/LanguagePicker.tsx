import { useEffect, useState } from 'react';
import type { LocalePreference } from '@/lib/i18n';
import { loadSettings, saveSettings } from '@/lib/storage/settings-store';
import { useT } from './i18n';

export function LanguagePicker() {
  const t = useT();
  const [value, setValue] = useState<LocalePreference>('auto');
  useEffect(() => void loadSettings().then((s) => setValue(s.locale)), []);
  return (
    <label className="ob-field">
      <span>{t('lang.label')}</span>
      <select
        data-testid="language-select"
        value={value}
        onChange={(event) => {
          const locale = event.target.value as LocalePreference;
          setValue(locale);
          void saveSettings({ locale });
        }}
      >
        <option value="auto">{t('lang.auto')}</option>
        <option value="en">{t('lang.en')}</option>
        <option value="zh-CN">{t('lang.zh')}</option>
      </select>
    </label>
  );
}
