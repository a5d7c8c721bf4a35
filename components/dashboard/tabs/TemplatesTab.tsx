import { useT } from '../../shared/i18n';

export function TemplatesTab() {
  const t = useT();
  return (
    <section data-testid="templates-tab">
      <h2>{t('dash.tab.templates')}</h2>
      <p className="ob-muted">{t('dash.templates.intro')}</p>
    </section>
  );
}
