import { REPORT_TABLES } from '@/lib/records/reports/tables';
import { useT } from '../../../shared/i18n';
import { SortableTable } from '../SortableTable';
import { Section, type SectionProps } from './Section';

export function TemplatesSection({ report, fileStem }: SectionProps) {
  const t = useT();
  return (
    <Section id="templates" title={t('reports.templates.title')} summary={t('reports.templates.summary', { count: report.templates.length })}>
      <SortableTable table={REPORT_TABLES.templates} report={report} fileStem={fileStem} />
    </Section>
  );
}
