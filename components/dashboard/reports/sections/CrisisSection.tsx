import { uiLocale, useT } from '../../../shared/i18n';
import { ColumnChart } from '../charts/ColumnChart';
import { EmptyState } from '../EmptyState';
import { formatNumber, platformLabel } from '../format';
import { Section, type SectionProps } from './Section';
import { PauseOffer } from '../../../shared/PauseOffer';

/**
 * Complaints and negative findings of the last 24 hours against the usual day; raised state stands out, and says
 * why it fired: a spike the chart shows, or a crisis tag the chart does not (it can fire below the threshold).
 */
export function CrisisSection({ report }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const c = report.crisis;
  const days = c.dailyCounts.length;
  const categories = [...c.dailyCounts.map((_, i) => t('reports.chart.daysAgo', { n: days - i })), t('reports.chart.last24h')];
  const baseline = formatNumber(locale, c.baselineDaily);
  const threshold = formatNumber(locale, c.threshold);
  const quiet = c.last24h === 0 && c.dailyCounts.every((n) => n === 0) && !c.raised;
  return (
    <Section id="crisis" title={t('reports.crisis.title')}>
      <div className={c.raised ? 'rep-crisis rep-crisis-raised' : 'rep-crisis'} role={c.raised ? 'alert' : 'status'} data-testid="crisis-status" data-raised={c.raised}>
        <strong>{t(c.raised ? 'reports.crisis.raised' : 'reports.crisis.ok')}</strong>{' '}
        {t(c.raised ? 'reports.crisis.count' : 'reports.crisis.normal', { count: c.last24h, baseline })}
        {c.raised && c.reasons.length > 0 && (
          <ul className="rep-crisis-why" aria-label={t('reports.crisis.why')} data-testid="crisis-reasons">
            {c.reasons.includes('spike') && (
              <li data-reason="spike">{t('reports.crisis.spike', { count: c.last24h, baseline, threshold })}</li>
            )}
            {c.reasons.includes('tagged') && (
              <li data-reason="tagged">
                {t(c.reasons.includes('spike') ? 'reports.crisis.tagged' : 'reports.crisis.why.taggedOnly', {
                  count: c.crisisTagged,
                  last24h: c.last24h,
                  threshold,
                })}
              </li>
            )}
          </ul>
        )}
      </div>
      {/* Where the manager sees the signal fire: the crisis pause is offered right here (it opens the dashboard's
          one switch, above the tabs). */}
      {c.raised && <PauseOffer text={t('pause.signalOffer')} testId="crisis-pause-offer" />}
      {quiet ? (
        <EmptyState testId="empty-crisis" text={t('reports.crisis.empty', { days: days + 1 })} />
      ) : (
        <ColumnChart
          testId="chart-crisis"
          caption={t('reports.chart.crisis', { days })}
          summary={`${categories.map((label, i) => `${label}: ${i < days ? c.dailyCounts[i] : c.last24h}`).join('; ')}`}
          locale={locale}
          categories={categories}
          labelEvery={2}
          series={[
            { label: t('reports.chart.earlier'), colour: 'var(--ob-muted)', values: [...c.dailyCounts, 0] },
            { label: t('reports.chart.last24h'), colour: c.raised ? 'var(--ob-block)' : 'var(--ob-accent)', values: [...c.dailyCounts.map(() => 0), c.last24h] },
          ]}
          threshold={{ label: t('reports.legend.threshold'), value: c.threshold }}
        />
      )}
      {c.byPlatformLast24h.length > 0 && (
        <p className="ob-muted">
          {t('reports.crisis.byPlatform')}: {c.byPlatformLast24h.map((p) => `${platformLabel(t, p.platform)} ${p.count}`).join(' · ')}
        </p>
      )}
      <p className="ob-muted rep-definition">{t('reports.crisis.definition')}</p>
    </Section>
  );
}
