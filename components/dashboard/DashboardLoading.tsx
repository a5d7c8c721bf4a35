import { useT } from '@/components/shared/i18n';

/**
 * What the dashboard shows while it reads its language and loads the open tab's code, so the page is never blank
 * (a fresh profile's first storage read can take seconds). Before the settings arrive it speaks the browser's
 * language, which is the UI language on a first run.
 */
export function DashboardLoading() {
  const t = useT();
  return (
    <p className="ob-muted" role="status" aria-busy="true" data-testid="dashboard-loading">
      {t('dash.loading')}
    </p>
  );
}
