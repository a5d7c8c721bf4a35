import { useEffect, useState } from 'react';
import { loadSettings, saveSettings } from '@/lib/storage/settings-store';
import { LanguagePicker } from '../../shared/LanguagePicker';
import { useT } from '../../shared/i18n';

export function SettingsTab() {
  const t = useT();
  const [myName, setMyName] = useState('');
  useEffect(() => void loadSettings().then((s) => setMyName(s.myName)), []);
  return (
    <section data-testid="settings-tab">
      <h2>{t('dash.tab.settings')}</h2>
      <p className="ob-muted">{t('dash.settings.intro')}</p>
      <LanguagePicker />
      <label className="ob-field">
        <span>{t('dash.settings.myName')}</span>
        <input
          data-testid="settings-my-name"
          value={myName}
          onChange={(event) => setMyName(event.target.value)}
          onBlur={() => void saveSettings({ myName })}
        />
      </label>
      <p className="ob-muted">{t('dash.settings.privacy')}</p>
    </section>
  );
}
