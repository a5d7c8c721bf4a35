import { useT } from '../../shared/i18n';

export function CalendarTab() {
  const t = useT();
  return (
    <section data-testid="calendar-tab">
      <h2>{t('dash.tab.calendar')}</h2>
      <p className="ob-muted">{t('dash.calendar.intro')}</p>
    </section>
  );
}
