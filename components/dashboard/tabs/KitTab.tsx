import { useT } from '../../shared/i18n';

export function KitTab() {
  const t = useT();
  return (
    <section data-testid="kit-tab">
      <h2>{t('dash.tab.kit')}</h2>
      <p className="ob-muted">{t('dash.kit.intro')}</p>
    </section>
  );
}
