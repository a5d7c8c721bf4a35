import { useT } from '../shared/i18n';

/** Root of the in-page UI. The per-box badge, highlights, cards and gate mount here. */
export function AssistantRoot({ host }: { host: string }) {
  const t = useT();
  return (
    <div className="ob-badge" data-testid="onbrand-badge" data-host={host} role="status" aria-label={t('overlay.badgeLabel')}>
      <span className="dot" />
      <span>{t('app.name')}</span>
    </div>
  );
}
