import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isSupportedHost } from '@/lib/sites/hosts';
import { useT } from '../shared/i18n';

/** What Onbrand does on the active tab's site. */
export function SiteStatus() {
  const t = useT();
  const [host, setHost] = useState<string | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      try {
        const url = new URL(tab?.url ?? '');
        setHost(url.protocol.startsWith('http') ? url.hostname : null);
      } catch {
        setHost(null);
      }
    });
  }, []);
  const message = !host
    ? t('popup.siteNone')
    : isSupportedHost(host)
      ? t('popup.siteSupported', { host })
      : t('popup.siteUnsupported', { host });
  return (
    <section className="popup-site" data-testid="popup-site">
      <h2>{t('popup.site')}</h2>
      <p className="ob-muted">{message}</p>
    </section>
  );
}
