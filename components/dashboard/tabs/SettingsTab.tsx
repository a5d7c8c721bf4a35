import { useEffect, useState } from 'react';
import { loadSettings, saveSettings } from '@/lib/storage/settings-store';
import type { Settings } from '@/lib/storage/settings';
import type { PlatformId } from '@/lib/platforms';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { LanguagePicker } from '../../shared/LanguagePicker';
import { uiLocale, useT } from '../../shared/i18n';

/** "@brand, brand_support  ,," → ['@brand', 'brand_support'] (commas, full-width commas or new lines). */
export function parseHandles(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、\n]/)
        .map((handle) => handle.trim())
        .filter(Boolean),
    ),
  ];
}

/** The brand's handles per site: their posts get engagement snapshots when the manager opens them. */
function OwnAccounts() {
  const t = useT();
  const zh = uiLocale.value === 'zh-CN';
  const [drafts, setDrafts] = useState<Partial<Record<PlatformId, string>>>({});
  const [saved, setSaved] = useState<Settings['ownAccounts']>({});
  useEffect(
    () =>
      void loadSettings().then((s) => {
        setSaved(s.ownAccounts);
        setDrafts(
          Object.fromEntries(Object.entries(s.ownAccounts).map(([id, handles]) => [id, handles.join(', ')])),
        );
      }),
    [],
  );
  const save = async (id: PlatformId) => {
    const handles = parseHandles(drafts[id] ?? '');
    const ownAccounts = { ...(await loadSettings()).ownAccounts };
    if (handles.length) ownAccounts[id] = handles;
    else delete ownAccounts[id];
    const next = await saveSettings({ ownAccounts });
    setSaved(next.ownAccounts);
  };
  return (
    <fieldset data-testid="settings-own-accounts">
      <legend>{t('settings.ownAccounts.title')}</legend>
      <p className="ob-muted">{t('settings.ownAccounts.intro')}</p>
      {SITE_ADAPTERS.map((adapter) => (
        <label key={adapter.id} className="ob-field">
          <span>{zh ? adapter.name.zh : adapter.name.en}</span>
          <input
            data-testid={`settings-own-accounts-${adapter.id}`}
            placeholder={t('settings.ownAccounts.placeholder')}
            value={drafts[adapter.id] ?? ''}
            onChange={(event) => setDrafts({ ...drafts, [adapter.id]: event.target.value })}
            onBlur={() => void save(adapter.id)}
            data-saved={(saved[adapter.id] ?? []).join(',')}
          />
        </label>
      ))}
    </fieldset>
  );
}

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
      <OwnAccounts />
      <p className="ob-muted">{t('dash.settings.privacy')}</p>
    </section>
  );
}
