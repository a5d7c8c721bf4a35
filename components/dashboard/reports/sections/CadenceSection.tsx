import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { uiLocale, useT } from '../../../shared/i18n';
import { ColumnChart } from '../charts/ColumnChart';
import { topSeries } from '../charts/top-series';
import { EmptyState } from '../EmptyState';
import { formatDayKey, formatNumber, OTHER_COLOUR, platformColour, platformLabel } from '../format';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';

/** Posts per day by platform against the plan, and adherence per platform. */
export function CadenceSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const { cadence } = report;
  const dayIndex = new Map(cadence.days.map((d, i) => [d, i]));
  const byPlatform = new Map<string, number[]>();
  const planned = new Array<number>(cadence.days.length).fill(0);
  for (const row of cadence.rows) {
    const i = dayIndex.get(row.day);
    if (i === undefined) continue;
    let values = byPlatform.get(row.platform);
    if (!values) byPlatform.set(row.platform, (values = new Array<number>(cadence.days.length).fill(0)));
    values[i] += row.posted;
    planned[i] += row.planned;
  }
  const all = [...byPlatform]
    .filter(([, values]) => values.some((v) => v > 0))
    .map(([platform, values]) => ({ label: platformLabel(t, platform), colour: platformColour(platform), values }));
  // The busiest platforms by name, the rest as one "Other" stack (the table below keeps every platform).
  const series = topSeries(all, { label: t('reports.other'), colour: OTHER_COLOUR });
  const hasPlan = cadence.total.planned > 0;
  const { total } = cadence;
  return (
    <Section
      id="cadence"
      title={t('reports.cadence.title')}
      summary={
        hasPlan
          ? t('reports.cadence.summary', { kept: total.kept, planned: total.planned, pct: formatNumber(locale, total.adherencePct ?? 0), posted: total.posted })
          : `${t('reports.cadence.noPlan')} ${t('reports.chart.total', { value: total.posted })}`
      }
    >
      {total.posted === 0 && !hasPlan ? (
        <EmptyState testId="empty-cadence" text={t('reports.cadence.empty')} action={{ href: '#calendar', label: t('reports.empty.planAction') }} />
      ) : (
      <ColumnChart
        testId="chart-cadence"
        caption={t(hasPlan ? 'reports.chart.cadence' : 'reports.chart.cadenceNoPlan')}
        summary={all.map((s) => `${s.label}: ${s.values.reduce((a, b) => a + b, 0)}`).join('; ')}
        locale={locale}
        categories={cadence.days.map((d) => formatDayKey(locale, d))}
        series={series}
        line={hasPlan ? { label: t('reports.legend.planned'), colour: 'var(--ob-fg)', values: planned } : undefined}
      />
      )}
      <SortableTable table={REPORT_TABLES.cadencePlatforms} report={report} fileStem={fileStem} />
      <SortableTable table={REPORT_TABLES.cadenceDaily} report={report} fileStem={fileStem} limit={20} />
    </Section>
  );
}
