import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isSupportedHost } from '@/lib/sites/hosts';
import { missingParts, siteHealthItem, type SiteHealthEntry } from '@/lib/assistant/site-health-item';
import { originPattern } from '@/lib/background/generic-sites';
import { loadSettings, saveSettings } from '@/lib/storage/settings-store';
import type { Settings } from '@/lib/storage/settings';
import { useT } from '../shared/i18n';
import { activeWebTab } from './active-web-tab';

interface ActiveTab {
  id: number;
  host: string;
  origin: string;
}

/** What Onbrand does on the active tab's site, with the switches to pause it or to turn it on for an extra site. */
export function SiteStatus() {
  const t = useT();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [health, setHealth] = useState<SiteHealthEntry | null>(null);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    void (async () => {
      const active = await activeWebTab();
      if (active) {
        setTab({ id: active.id, host: active.url.hostname, origin: active.url.origin });
        const entry = (await siteHealthItem.getValue())[active.url.hostname];
        setHealth(entry && missingParts(entry).length ? entry : null);
      }
      setSettings(await loadSettings());
    })();
  }, []);

  if (!settings) return null;
  if (!tab) {
    return (
      <section className="popup-site" data-testid="popup-site">
        <h2>{t('popup.site')}</h2>
        <p className="ob-muted">{t('popup.siteNone')}</p>
      </section>
    );
  }

  const supported = isSupportedHost(tab.host);
  const extra = settings.extraOrigins.includes(tab.origin);
  const paused = settings.pausedHosts.includes(tab.host);

  const togglePause = async () => {
    const pausedHosts = paused
      ? settings.pausedHosts.filter((h) => h !== tab.host)
      : [...settings.pausedHosts, tab.host];
    setSettings(await saveSettings({ pausedHosts }));
  };

  // Must run inside the click: the permission prompt needs the user's gesture.
  const enableExtra = async () => {
    const granted = await browser.permissions.request({ origins: [originPattern(tab.origin)] });
    if (!granted) return setDenied(true);
    // The background registers the watcher for this site and puts it into its open tabs (generic-sites.ts).
    setSettings(await saveSettings({ extraOrigins: [...settings.extraOrigins, tab.origin] }));
  };

  const disableExtra = async () => {
    setSettings(await saveSettings({ extraOrigins: settings.extraOrigins.filter((o) => o !== tab.origin) }));
    await browser.permissions.remove({ origins: [originPattern(tab.origin)] });
  };

  let message: string;
  if (paused) message = t('popup.sitePaused', { host: tab.host });
  else if (supported) message = t('popup.siteSupported', { host: tab.host });
  else if (extra) message = t('popup.siteEnabledExtra', { host: tab.host });
  else message = t('popup.siteUnsupported', { host: tab.host });

  return (
    <section className="popup-site" data-testid="popup-site">
      <h2>{t('popup.site')}</h2>
      <p className="ob-muted" data-testid="site-message">
        {message}
      </p>
      {health && supported && !paused && (
        <div className="popup-notice" role="note" data-testid="site-changed-notice">
          <p>{t('popup.siteChanged')}</p>
          <ul>
            {missingParts(health).map((part) => (
              <li key={part} data-testid={`site-changed-${part}`} data-part={part}>
                {t(`popup.siteChanged.${part}`)}
                {(health.missing[part] ?? []).length > 0 && (
                  <span className="ob-muted">
                    {' '}
                    {t('popup.siteChanged.selectors', { names: health.missing[part]!.join(', ') })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(supported || extra) && (
        <label className="popup-switch">
          <input
            type="checkbox"
            data-testid="pause-site"
            checked={paused}
            onChange={() => void togglePause()}
          />
          <span>{t('popup.pauseSite')}</span>
        </label>
      )}
      {!supported && !extra && (
        <>
          <button type="button" data-testid="enable-site" onClick={() => void enableExtra()}>
            {t('popup.enableSite')}
          </button>
          <p className="ob-muted popup-hint">
            {denied ? t('popup.enableDenied') : t('popup.enableSiteHint')}
          </p>
        </>
      )}
      {extra && !supported && (
        <button type="button" data-testid="disable-site" onClick={() => void disableExtra()}>
          {t('popup.disableSite')}
        </button>
      )}
    </section>
  );
}
