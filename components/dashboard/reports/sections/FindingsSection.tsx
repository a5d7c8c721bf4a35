import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { uiLocale, useT } from '../../../shared/i18n';
import { BarChart } from '../charts/BarChart';
import { SERIES_COLOURS, categoryLabel } from '../format';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';

/** Findings caught while drafting, and those still present in what was published, by rule and category. */
export function FindingsSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const { findings } = report;
  const categories = findings.byCategory;
  return (
    <Section id="findings" title={t('reports.findings.title')} summary={t('reports.findings.summary', findings.totals)}>
      {categories.length > 0 && (
        <BarChart
          testId="chart-findings"
          caption={t('reports.chart.findings')}
          summary={categories.map((c) => `${categoryLabel(t, c.category)}: ${c.caught} / ${c.published}`).join('; ')}
          locale={locale}
          categories={categories.map((c) => categoryLabel(t, c.category))}
          series={[
            { label: t('reports.col.caught'), colour: SERIES_COLOURS[0], values: categories.map((c) => c.caught) },
            { label: t('reports.col.publishedFindings'), colour: SERIES_COLOURS[3], values: categories.map((c) => c.published) },
          ]}
        />
      )}
      <SortableTable table={REPORT_TABLES.findingsByCategory} report={report} fileStem={fileStem} />
      <SortableTable table={REPORT_TABLES.findingsByRule} report={report} fileStem={fileStem} />
    </Section>
  );
}
