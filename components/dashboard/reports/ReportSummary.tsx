import type { Report } from '@/lib/records/reports/report';
import { uiLocale, useT } from '../../shared/i18n';
import { formatDateTime, formatDay, formatDuration, formatPercent, platformLabel } from './format';

/**
 * The period at a glance: the printed report's first block (with a heading only paper needs), and the top
 * of the screen view.
 */
export function ReportSummary({ report, generatedAt }: { report: Report; generatedAt: number }) {
  const t = useT();
  const locale = uiLocale.value;
  const { period, cadence, responses, findings, overrides, feedback, engagement, crisis } = report;
  const platforms = period.platforms && period.platforms.length > 0 ? period.platforms.map((p) => platformLabel(t, p)).join(', ') : t('reports.platforms.all');
  const figures: [string, string, string][] = [
    ['posts', t('reports.col.posted'), String(cadence.total.posted)],
    ['adherence', t('reports.col.adherence'), formatPercent(locale, cadence.total.adherencePct, t('reports.adherence.none'))],
    ['replies', t('reports.col.replies'), String(responses.replies)],
    ['median', t('reports.legend.median'), formatDuration(t, locale, responses.medianMs)],
    ['within-target', `${t('reports.col.withinTarget').replace(' %', '')} (${formatDuration(t, locale, responses.targetMs)})`, formatPercent(locale, responses.withinTargetPct, '–')],
    ['caught', t('reports.col.caught'), String(findings.totals.caught)],
    ['overrides', t('reports.overrides.title'), String(overrides.rows.length)],
    ['engaged-posts', t('reports.figure.engagedPosts'), String(engagement.postCount)],
    ['feedback', t('reports.figure.feedback'), String(feedback.total)],
    ['crisis', t('reports.crisis.title'), t(crisis.raised ? 'reports.crisis.raised' : 'reports.crisis.ok')],
  ];
  return (
    <section className="rep-summary-block" data-testid="report-summary" aria-labelledby="rep-summary-title">
      <h3 className="rep-print-only">{t('reports.print.heading')}</h3>
      <h3 id="rep-summary-title">
        {t('reports.summary.title')}: {t('reports.intro.period', { from: formatDay(locale, period.from), to: formatDay(locale, period.to) })}
      </h3>
      <p className="ob-muted">{t('reports.print.generated', { date: formatDateTime(locale, generatedAt), platforms })}</p>
      <dl className="rep-figures">
        {figures.map(([id, label, value]) => (
          <div key={id} data-testid={`figure-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
