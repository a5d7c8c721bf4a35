import { browser } from 'wxt/browser';
import { LanguagePicker } from '../shared/LanguagePicker';
import { useT } from '../shared/i18n';
import { SiteStatus } from './SiteStatus';

export function Popup() {
  const t = useT();
  return (
    <main className="popup" data-testid="popup">
      <header className="popup-header">
        <h1 data-testid="popup-title">{t('app.name')}</h1>
        <button className="ob-primary" data-testid="open-dashboard" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openDashboard')}
        </button>
      </header>
      <section data-testid="popup-today">
        <h2>{t('popup.today')}</h2>
        <p className="ob-muted">{t('popup.noSlots')}</p>
      </section>
      <SiteStatus />
      <LanguagePicker />
    </main>
  );
}
