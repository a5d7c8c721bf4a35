import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { uiLocale, useT } from '../../../shared/i18n';
import { BarChart } from '../charts/BarChart';
import { SERIES_COLOURS, tagLabel } from '../format';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';

/** Feedback by tag (all five, zeros included) and the newest examples of each. */
export function FeedbackSection({ report, fileStem }: SectionProps) {
  const t = useT();
  const locale = uiLocale.value;
  const { feedback } = report;
  return (
    <Section id="feedback" title={t('reports.feedback.title')} summary={t('reports.feedback.summary', { count: feedback.total })}>
      {feedback.total > 0 && (
        <BarChart
          testId="chart-feedback"
          caption={t('reports.chart.feedback')}
          summary={feedback.byTag.map((r) => `${tagLabel(t, r.tag)}: ${r.count}`).join('; ')}
          locale={locale}
          categories={feedback.byTag.map((r) => tagLabel(t, r.tag))}
          series={[{ label: t('reports.col.count'), colour: SERIES_COLOURS[4], values: feedback.byTag.map((r) => r.count) }]}
        />
      )}
      <SortableTable table={REPORT_TABLES.feedbackTags} report={report} fileStem={fileStem} />
      <SortableTable table={REPORT_TABLES.feedbackExamples} report={report} fileStem={fileStem} />
    </Section>
  );
}
