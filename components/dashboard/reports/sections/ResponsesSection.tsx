import { toMinutes } from '@/lib/durations';
import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { uiLocale, useT } from '../../../shared/i18n';
import { BarChart } from '../charts/BarChart';
import { formatDuration, formatNumber, platformLabel, SERIES_COLOURS } from '../format';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';


/** Replies made and how fast: median, 90th percentile and share within the target, per platform. */
export function ResponsesSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const r = report.responses;
  const timed = r.byPlatform.filter((p) => p.timed > 0);
  return (
    <Section
      id="responses"
      title={t('reports.responses.title')}
      summary={
        r.timed > 0
          ? t('reports.responses.summary', {
              replies: r.replies,
              median: formatDuration(t, locale, r.medianMs),
              p90: formatDuration(t, locale, r.p90Ms),
              pct: formatNumber(locale, r.withinTargetPct ?? 0),
              target: formatDuration(t, locale, r.targetMs),
            })
          : `${t('reports.chart.total', { value: r.replies })} ${t('reports.responses.noTiming')}`
      }
    >
      {timed.length > 0 && (
        <BarChart
          testId="chart-responses"
          caption={t('reports.chart.responses')}
          summary={timed.map((p) => `${platformLabel(t, p.platform)}: ${formatDuration(t, locale, p.medianMs)} / ${formatDuration(t, locale, p.p90Ms)}`).join('; ')}
          locale={locale}
          categories={timed.map((p) => platformLabel(t, p.platform))}
          series={[
            { label: t('reports.legend.median'), colour: SERIES_COLOURS[0], values: timed.map((p) => toMinutes(p.medianMs)) },
            { label: t('reports.legend.p90'), colour: SERIES_COLOURS[1], values: timed.map((p) => toMinutes(p.p90Ms)) },
          ]}
        />
      )}
      <SortableTable table={REPORT_TABLES.responses} report={report} fileStem={fileStem} />
    </Section>
  );
}
